/**
 * The badge on a flagged comment: what was found (hostile, rumour or both, with the severity) and,
 * on hover or keyboard focus, why, with the three things a moderator does next.
 *
 * The explanation opens in the flow of the comment, below the badge, not as a floating layer: the
 * platforms' rows are transformed stacking contexts (X positions each cell with a transform) that
 * would clip or cover a floating layer. The badge itself does not move when it opens.
 *
 * Comment excerpts are untrusted page text: they are only ever text nodes.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { Fragment, type TargetedFocusEvent, type TargetedKeyboardEvent } from 'preact';
import { t } from '../../lib/i18n';
import type { Severity } from '../../lib/types';
import { labelText, useInterfaceLocale } from '../shared/i18n';

export type FlagKind = 'hostile' | 'rumour';

export interface BadgeReason {
  /** The excerpt from the ORIGINAL comment text. */
  text: string;
  /** Machine label: hostility sub-label, rumour cue id… (translated here when known). */
  label: string;
  note?: string;
}

export interface BadgeClaim {
  id: string;
  statement: string;
}

export interface BadgeProps {
  commentId: string;
  /** What the comment is flagged as; both when it is both. Must not be empty. */
  verdictKinds: FlagKind[];
  /** Hostility severity ('none' for a rumour that is not hostile). */
  severity: Severity;
  /** Hostility sub-labels (insult, threat…). */
  labels: string[];
  reasons: BadgeReason[];
  /** The rumour-register claim the comment matched, if any. */
  claim?: BadgeClaim | null;
  onSuggest(): void;
  onEscalate(): void;
  onDismiss(): void;
}

const KIND_ORDER: readonly FlagKind[] = ['hostile', 'rumour'];

export function Badge(props: BadgeProps) {
  useInterfaceLocale();
  const { commentId, verdictKinds, severity, labels, reasons, claim } = props;
  const kinds = KIND_ORDER.filter((k) => verdictKinds.includes(k));
  if (kinds.length === 0) throw new Error(`Badge: comment ${commentId} has no verdict kind to show (expected hostile and/or rumour)`);

  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  // Refs, not state: they change on every pointer or focus move and never show on screen.
  const hovered = useRef(false);
  const focused = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const panelId = `${id}-why`;
  const reasonsId = `${id}-reasons`;

  const inside = (node: EventTarget | null) => node instanceof Node && !!wrapper.current?.contains(node);
  const close = () => {
    setOpen(false);
    setPinned(false);
  };

  const onMouseEnter = () => {
    hovered.current = true;
    setOpen(true);
  };
  const onMouseLeave = () => {
    hovered.current = false;
    if (!pinned && !focused.current) setOpen(false);
  };
  const onFocusIn = () => {
    // Focus moving between our own buttons is not a new arrival: Escape must stay closed.
    if (focused.current) return;
    focused.current = true;
    setOpen(true);
  };
  const onFocusOut = (e: TargetedFocusEvent<HTMLDivElement>) => {
    if (inside(e.relatedTarget)) return;
    focused.current = false;
    if (!hovered.current) close();
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    close();
    toggle.current?.focus();
  };
  const onToggle = () => {
    const next = !(open && pinned);
    setOpen(next);
    setPinned(next);
  };

  const chipText = (kind: FlagKind) =>
    kind === 'hostile' && severity !== 'none'
      ? t('page.badge.hostileSeverity', { severity: t(`common.severity.${severity}`) })
      : t(`common.verdict.${kind}`);

  return (
    <div
      ref={wrapper}
      class="vg-badge"
      data-vigie-comment-id={commentId}
      data-kinds={kinds.join(' ')}
      data-severity={severity}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
      onFocusIn={onFocusIn}
      onFocusOut={onFocusOut}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggle}
        type="button"
        class="vg-badge__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={reasonsId}
        onClick={onToggle}
      >
        <span class="vg-sr-only">{t('page.badge.flaggedBy')} </span>
        {kinds.map((kind, i) => (
          <Fragment key={kind}>
            {i > 0 && <span class="vg-sr-only">, </span>}
            <span class={`vg-chip vg-chip--${kind}`} data-kind={kind} data-severity={kind === 'hostile' ? severity : undefined}>
              {chipText(kind)}
            </span>
          </Fragment>
        ))}
      </button>
      <div id={panelId} class="vg-badge__pop" role="group" aria-label={t('page.badge.why')} hidden={!open}>
        <p>
          <strong>{t('page.badge.why')}</strong>
        </p>
        {labels.length > 0 && (
          <p class="vg-badge__labels">{t('page.badge.labels', { labels: labels.map(labelText).join(', ') })}</p>
        )}
        {claim && (
          <p class="vg-badge__claim" data-claim-id={claim.id}>
            {t('page.badge.claim', { statement: t('page.quoted', { text: claim.statement }) })}
          </p>
        )}
        <ul id={reasonsId} class="vg-badge__reasons">
          {reasons.length === 0 ? (
            <li class="vg-muted">{t('page.badge.noReasons')}</li>
          ) : (
            reasons.map((r, i) => (
              <li key={i}>
                <span class="vg-badge__label">{labelText(r.label)}</span>
                {t('page.colon')}
                <span class="vg-excerpt">{t('page.quoted', { text: r.text })}</span>
                {r.note && <span class="vg-muted">{` (${r.note})`}</span>}
              </li>
            ))
          )}
        </ul>
        <div class="vg-badge__actions">
          <button type="button" class="vg-btn vg-btn--primary" data-action="suggest" onClick={() => props.onSuggest()}>
            {t('page.badge.suggest')}
          </button>
          <button type="button" class="vg-btn" data-action="escalate" onClick={() => props.onEscalate()}>
            {t('page.badge.escalate')}
          </button>
          <button type="button" class="vg-btn" data-action="dismiss" onClick={() => props.onDismiss()}>
            {t('page.badge.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}
