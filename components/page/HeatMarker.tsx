/**
 * The marker on a thread root: how heated the replies are. Colour is never the only signal: the
 * level is written, and the whole marker has a spoken label with the counts.
 */
import { t } from '../../lib/i18n';
import type { ThreadHeat, ThreadHeatLevel } from '../../lib/radar/heat';
import { tn, useInterfaceLocale } from '../shared/i18n';

export type HeatLevel = ThreadHeatLevel;
export const HEAT_LEVELS: readonly HeatLevel[] = ['cool', 'warm', 'hot', 'burning'];

export interface HeatMarkerProps {
  threadId: string;
  /** The thread's heat as lib/radar threadHeat() computes it. */
  heat: Pick<ThreadHeat, 'total' | 'hostile' | 'rumour' | 'hostileShare' | 'heat'>;
}

function checkHeat(threadId: string, heat: HeatMarkerProps['heat']): void {
  const counts = [heat.total, heat.hostile, heat.rumour];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new RangeError(`HeatMarker: thread ${threadId} has counts that are not whole numbers ≥ 0: ${counts.join(', ')}`);
  }
  if (heat.hostile + heat.rumour > heat.total) {
    throw new RangeError(`HeatMarker: thread ${threadId} has more flagged replies (${heat.hostile + heat.rumour}) than replies (${heat.total})`);
  }
  if (!(heat.hostileShare >= 0 && heat.hostileShare <= 1)) {
    throw new RangeError(`HeatMarker: thread ${threadId} has a hostile share outside [0, 1]: ${heat.hostileShare}`);
  }
  if (!HEAT_LEVELS.includes(heat.heat)) throw new RangeError(`HeatMarker: thread ${threadId} has an unknown heat level "${heat.heat}"`);
}

/** "40 %" in French, "40%" in English. */
export function percent(share: number): string {
  return t('page.percent', { value: Math.round(share * 100) });
}

export function HeatMarker({ threadId, heat }: HeatMarkerProps) {
  useInterfaceLocale();
  checkHeat(threadId, heat);
  const level = t(`page.heat.level.${heat.heat}`);
  const hostile = tn('page.heat.hostile', heat.hostile, { share: percent(heat.hostileShare) });
  const spoken = t('page.heat.label', {
    level,
    details: tn('page.heat.details', heat.hostile, { total: heat.total, share: percent(heat.hostileShare) }),
  });
  const rumours = heat.rumour > 0 ? tn('page.heat.rumours', heat.rumour) : null;
  return (
    <span class="vg-heat" role="img" aria-label={rumours ? `${spoken} ${rumours}.` : spoken} data-heat={heat.heat} data-thread-id={threadId} title={spoken}>
      <span class="vg-heat__dot" aria-hidden="true" />
      <span>{level}</span> <span aria-hidden="true">·</span> <span>{hostile}</span>
      {rumours && (
        <>
          {' '}
          <span aria-hidden="true">·</span> <span>{rumours}</span>
        </>
      )}
    </span>
  );
}
