import { t } from '../../lib/i18n';
import { tn } from '../shared/i18n';

/** A group of near-identical rumour comments that match no register entry. */
export interface EmergingGroup {
  key: string;
  /** The comment that stands for the group (untrusted page text: shown as text). */
  representative: string;
  /** The id of the comment to escalate or jump to. */
  representativeId: string;
  /** Every comment of the group. */
  ids: string[];
  size: number;
  /** Set once the moderator added it to the register. */
  added?: boolean;
}

export interface EmergingRumoursProps {
  groups: EmergingGroup[];
  onFocusComment(id: string): void;
  onAddToRegister(group: EmergingGroup): void;
  onEscalate(group: EmergingGroup): void;
}

/**
 * Rumours the register does not know yet, grouped by near-duplicate wording: the moderator turns a
 * group into a register entry (status "unverified", for the crisis team to check) or escalates it.
 */
export function EmergingRumours({ groups, onFocusComment, onAddToRegister, onEscalate }: EmergingRumoursProps) {
  if (groups.length === 0) return null;
  return (
    <div data-list="emerging">
      <h2>{t('page.emerging.title')}</h2>
      <ul class="vg-panel__list">
        {groups.map((g) => (
          <li key={g.key} data-emerging={g.key}>
            <button type="button" class="vg-row" onClick={() => onFocusComment(g.representativeId)}>
              <span class="vg-row__meta">{tn('page.emerging.size', g.size)}</span>{' '}
              <span class="vg-row__excerpt vg-excerpt">{g.representative}</span>
            </button>
            <span class="vg-card__actions">
              <button type="button" class="vg-btn" disabled={g.added} onClick={() => onAddToRegister(g)}>
                {g.added ? t('page.emerging.added') : t('page.emerging.add')}
              </button>
              <button type="button" class="vg-btn" onClick={() => onEscalate(g)}>
                {t('page.badge.escalate')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
