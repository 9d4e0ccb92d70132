/**
 * The page panel: a collapsible list, fixed in a bottom corner, of everything flagged on the page,
 * most urgent first, with the page radar and the crisis-mode switch. Bottom-left by default: the
 * platforms keep their composers and chat windows on the right (Facebook's Messenger, X's DMs).
 *
 * Mount it with mountInShadow(document.body, …, { position: 'overlay' }).
 */
import { useId, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { t } from '../../lib/i18n';
import type { RadarLevel } from '../../lib/radar/types';
import type { Severity } from '../../lib/types';
import { tn, useInterfaceLocale } from '../shared/i18n';
import type { FlagKind } from './Badge';
import { EmergingRumours, type EmergingRumoursProps } from './EmergingRumours';
import { HeatMarker, type HeatMarkerProps } from './HeatMarker';

export interface PanelComment {
  id: string;
  /** Both when the comment is both. Must not be empty. */
  kinds: FlagKind[];
  severity: Severity;
  author: string;
  /** Untrusted page text: shown as text. */
  excerpt: string;
}

export interface PanelThread {
  /** The thread root's comment id (what onFocusComment receives). */
  id: string;
  author: string;
  excerpt: string;
  heat: HeatMarkerProps['heat'];
}

export interface LoadAllState {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** Replies or "more comments" expanded so far (loading) or in all (done). */
  expanded?: number;
  message?: string;
}

export interface PagePanelProps {
  comments: PanelComment[];
  /** Threads with their heat; cool ones are not listed (nothing to look at). */
  threads?: PanelThread[];
  /** Rumours that match no register entry, grouped (see EmergingRumours). */
  emerging?: EmergingRumoursProps;
  onFocusComment(id: string): void;
  onLoadAll(): void;
  loadAll?: LoadAllState;
  radar?: { level: RadarLevel; reason: string } | null;
  crisisMode: boolean;
  /** Shown as a button at alert and crisis levels while crisis mode is off. */
  onEnableCrisisMode?(): void;
  /** Corner of the page. Default 'left'. */
  side?: 'left' | 'right';
  defaultCollapsed?: boolean;
  onCollapsedChange?(collapsed: boolean): void;
}

const SEVERITY_RANK: Record<Severity, number> = { none: 0, low: 1, medium: 2, high: 3 };
const HEAT_RANK = { cool: 0, warm: 1, hot: 2, burning: 3 } as const;

/**
 * Most urgent first: hostile by severity (high first), then rumours; at equal severity a comment
 * that is both comes first. Ties keep the page order (Array.prototype.sort is stable).
 */
export function sortFlaggedComments(comments: readonly PanelComment[]): PanelComment[] {
  const rank = (c: PanelComment) =>
    (c.kinds.includes('hostile') ? 10 + SEVERITY_RANK[c.severity] * 2 : 0) + (c.kinds.includes('rumour') ? 1 : 0);
  return [...comments].sort((a, b) => rank(b) - rank(a));
}

/** Hottest first, then by hostile share and count; cool threads are left out. */
export function sortHeatedThreads(threads: readonly PanelThread[]): PanelThread[] {
  return threads
    .filter((th) => th.heat.heat !== 'cool')
    .sort((a, b) =>
      HEAT_RANK[b.heat.heat] - HEAT_RANK[a.heat.heat]
      || b.heat.hostileShare - a.heat.hostileShare
      || b.heat.hostile - a.heat.hostile);
}

function activate(e: TargetedKeyboardEvent<HTMLButtonElement>, run: () => void): void {
  // Handled here rather than left to the button's own Enter → click, so it runs once in every browser.
  if (e.key !== 'Enter') return;
  e.preventDefault();
  run();
}

export function PagePanel(props: PagePanelProps) {
  useInterfaceLocale();
  const { crisisMode, radar, loadAll = { status: 'idle' } } = props;
  const [collapsed, setCollapsed] = useState(props.defaultCollapsed ?? false);
  const bodyId = `${useId()}-body`;
  for (const c of props.comments) {
    if (c.kinds.length === 0) throw new Error(`PagePanel: comment ${c.id} has no kind (expected hostile and/or rumour)`);
  }
  const comments = sortFlaggedComments(props.comments);
  const threads = sortHeatedThreads(props.threads ?? []);
  const hostileCount = comments.filter((c) => c.kinds.includes('hostile')).length;
  const rumourCount = comments.filter((c) => c.kinds.includes('rumour')).length;

  const toggle = () => {
    setCollapsed(!collapsed);
    props.onCollapsedChange?.(!collapsed);
  };
  const focus = (id: string) => props.onFocusComment(id);
  const urgent = radar && (radar.level === 'alert' || radar.level === 'crisis');

  return (
    <section
      class="vg-panel"
      data-side={props.side ?? 'left'}
      data-collapsed={String(collapsed)}
      aria-label={t('page.panel.title')}
    >
      <div class="vg-panel__head">
        <button type="button" class="vg-btn vg-panel__toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
          <span>
            {t('common.appName')}
            {' · '}
            {tn('page.panel.flagged', comments.length)}
          </span>
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
          <span class="vg-sr-only">{collapsed ? t('page.panel.expand') : t('page.panel.collapse')}</span>
        </button>
      </div>
      <div id={bodyId} class="vg-panel__body" hidden={collapsed}>
        {radar && (
          <p class="vg-radar" data-level={radar.level}>
            {t('page.panel.radar', { level: t(`common.level.${radar.level}`), reason: radar.reason })}
          </p>
        )}
        {crisisMode ? (
          <div class="vg-banner vg-banner--on" role="status" data-banner="crisis-on">
            <p>
              <strong>{t('page.panel.crisisOn')}</strong>
            </p>
          </div>
        ) : (
          urgent && props.onEnableCrisisMode && (
            <div class="vg-banner" role="alert" data-banner="crisis-offer">
              <p>{t('page.panel.crisisOffer')}</p>
              <button type="button" class="vg-btn vg-btn--primary" onClick={() => props.onEnableCrisisMode?.()}>
                {t('page.panel.enableCrisis')}
              </button>
            </div>
          )
        )}
        <p class="vg-panel__counts">
          <span data-count="hostile">{tn('page.panel.count.hostile', hostileCount)}</span>
          <span data-count="rumour">{tn('page.panel.count.rumour', rumourCount)}</span>
          <span data-count="thread">{tn('page.panel.count.thread', threads.length)}</span>
        </p>
        <LoadAll state={loadAll} onLoadAll={props.onLoadAll} />
        {comments.length === 0 && threads.length === 0 ? (
          <p class="vg-muted" data-empty="true">{t('page.panel.empty')}</p>
        ) : (
          <>
            {comments.length > 0 && (
              <div>
                <h2>{t('page.panel.comments')}</h2>
                <ul class="vg-panel__list" data-list="comments">
                  {comments.map((c) => (
                    <li key={c.id}>
                      <button type="button" class="vg-row" data-comment-id={c.id} onClick={() => focus(c.id)} onKeyDown={(e) => activate(e, () => focus(c.id))}>
                        <span class="vg-row__meta">
                          {c.kinds.includes('hostile') && (
                            <span class="vg-chip vg-chip--hostile">
                              {c.severity === 'none'
                                ? t('common.verdict.hostile')
                                : t('page.badge.hostileSeverity', { severity: t(`common.severity.${c.severity}`) })}
                            </span>
                          )}
                          {c.kinds.includes('hostile') && ' '}
                          {c.kinds.includes('rumour') && <span class="vg-chip vg-chip--rumour">{t('common.verdict.rumour')}</span>}
                          {c.kinds.includes('rumour') && ' '}
                          <span class="vg-row__author">{c.author}</span>
                        </span>{' '}
                        <span class="vg-row__excerpt vg-excerpt">{c.excerpt}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {props.emerging && <EmergingRumours {...props.emerging} />}
            {threads.length > 0 && (
              <div>
                <h2>{t('page.panel.threads')}</h2>
                <ul class="vg-panel__list" data-list="threads">
                  {threads.map((th) => (
                    <li key={th.id}>
                      <button type="button" class="vg-row" data-comment-id={th.id} onClick={() => focus(th.id)} onKeyDown={(e) => activate(e, () => focus(th.id))}>
                        <span class="vg-row__meta">
                          <HeatMarker threadId={th.id} heat={th.heat} />{' '}
                          <span class="vg-row__author">{th.author}</span>
                        </span>{' '}
                        <span class="vg-row__excerpt vg-excerpt">{th.excerpt}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function LoadAll({ state, onLoadAll }: { state: LoadAllState; onLoadAll(): void }) {
  const expanded = state.expanded ?? 0;
  let status: string | null = null;
  if (state.status === 'loading') status = tn('page.panel.loadAll.loading', expanded);
  else if (state.status === 'done') status = tn('page.panel.loadAll.done', expanded);
  else if (state.status === 'error') status = t('common.error', { message: state.message ?? t('page.panel.loadAll.failed') });
  return (
    <div class="vg-loadall">
      <button type="button" class="vg-btn" data-action="load-all" disabled={state.status === 'loading'} onClick={() => onLoadAll()}>
        {t('page.panel.loadAll')}
      </button>
      <span role="status" data-load-status={state.status}>{status}</span>
    </div>
  );
}
