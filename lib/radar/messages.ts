import type { Catalog } from '../i18n/types';

/**
 * The radar's reasons, in both interface languages. Parameters are numbers or language-neutral
 * strings ("1 h", "15 min"), so `t(state.reasonKey, state.reasonParams)` works once this catalog is
 * registered in lib/i18n/catalog.ts, and `radarReasonText` works without it.
 */
export const RADAR_REASON_KEYS = [
  'radar.reason.none',
  'radar.reason.quiet',
  'radar.reason.steady',
  'radar.reason.share.hostile',
  'radar.reason.share.rumour',
  'radar.reason.share.rumourClaim',
  'radar.reason.share.flagged',
  'radar.reason.volume',
  'radar.reason.surge.hostile',
  'radar.reason.surge.rumour',
  'radar.reason.surge.rumourClaim',
  'radar.reason.surge.flagged',
  'radar.reason.easing',
] as const;
export type RadarReasonKey = (typeof RADAR_REASON_KEYS)[number];

const radarMessages: Catalog<RadarReasonKey> = {
  en: {
    'radar.reason.none': 'no comments seen yet',
    'radar.reason.quiet': '{total} comments in the last {window}: too few to judge',
    'radar.reason.steady':
      'steady: {total} comments in the last {window} ({hostile} hostile, {rumour} rumours), in line with the {baseline} before',
    'radar.reason.share.hostile':
      'hostile share {share}% in the last {window} vs {baseShare}% before ({count} of {total} comments)',
    'radar.reason.share.rumour':
      'rumour share {share}% in the last {window} vs {baseShare}% before ({count} of {total} comments)',
    'radar.reason.share.rumourClaim':
      'rumour share {share}% in the last {window} vs {baseShare}% before ({count} of {total} comments, the same claim {claimCount} times)',
    'radar.reason.share.flagged':
      'hostile and rumour share {share}% in the last {window} vs {baseShare}% before ({count} of {total} comments)',
    'radar.reason.volume':
      '{total} comments in the last {window}, {ratio}× the usual rate ({expected} expected from the {baseline} before)',
    'radar.reason.surge.hostile':
      '{ratio}× the usual volume and hostile share {share}% vs {baseShare}% before ({count} of {total} comments in the last {window})',
    'radar.reason.surge.rumour':
      '{ratio}× the usual volume and rumour share {share}% vs {baseShare}% before ({count} of {total} comments in the last {window})',
    'radar.reason.surge.rumourClaim':
      '{ratio}× the usual volume and rumour share {share}% vs {baseShare}% before ({count} of {total} comments in the last {window}, the same claim {claimCount} times)',
    'radar.reason.surge.flagged':
      '{ratio}× the usual volume and hostile and rumour share {share}% vs {baseShare}% before ({count} of {total} comments in the last {window})',
    'radar.reason.easing': 'easing: no sign of the higher level for {minutes} min',
  },
  fr: {
    'radar.reason.none': 'aucun commentaire vu pour l’instant',
    'radar.reason.quiet': '{total} commentaires en {window} : trop peu pour juger',
    'radar.reason.steady':
      'stable : {total} commentaires en {window} ({hostile} hostiles, {rumour} rumeurs), comme sur les {baseline} d’avant',
    'radar.reason.share.hostile':
      'part hostile {share} % en {window}, contre {baseShare} % avant ({count} commentaires sur {total})',
    'radar.reason.share.rumour':
      'part de rumeurs {share} % en {window}, contre {baseShare} % avant ({count} commentaires sur {total})',
    'radar.reason.share.rumourClaim':
      'part de rumeurs {share} % en {window}, contre {baseShare} % avant ({count} commentaires sur {total}, la même affirmation {claimCount} fois)',
    'radar.reason.share.flagged':
      'part hostile ou rumeur {share} % en {window}, contre {baseShare} % avant ({count} commentaires sur {total})',
    'radar.reason.volume':
      '{total} commentaires en {window}, {ratio}× le rythme habituel ({expected} attendus d’après les {baseline} d’avant)',
    'radar.reason.surge.hostile':
      'volume {ratio}× l’habituel et part hostile {share} % contre {baseShare} % avant ({count} commentaires sur {total} en {window})',
    'radar.reason.surge.rumour':
      'volume {ratio}× l’habituel et part de rumeurs {share} % contre {baseShare} % avant ({count} commentaires sur {total} en {window})',
    'radar.reason.surge.rumourClaim':
      'volume {ratio}× l’habituel et part de rumeurs {share} % contre {baseShare} % avant ({count} commentaires sur {total} en {window}, la même affirmation {claimCount} fois)',
    'radar.reason.surge.flagged':
      'volume {ratio}× l’habituel et part hostile ou rumeur {share} % contre {baseShare} % avant ({count} commentaires sur {total} en {window})',
    'radar.reason.easing': 'ça se calme : plus de signe du niveau supérieur depuis {minutes} min',
  },
};

export default radarMessages;

/** Renders a reason in a language; unknown keys show themselves (as the app's t() does). */
export function radarReasonText(key: string, params: Record<string, string | number>, locale: 'en' | 'fr' = 'en'): string {
  const raw = (radarMessages[locale] as Record<string, string>)[key] ?? key;
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    // French writes 2,5 where English writes 2.5.
    return typeof v === 'number' && locale === 'fr' ? String(v).replace('.', ',') : String(v);
  });
}

/** A duration both languages read the same way: "15 min", "1 h", "12 h", "5 h 31 min". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}
