/**
 * The content script's work on a page with comments: scan (lib/scanner), have the comments
 * classified (by the background, off the page's main thread: classify-queue.ts), mark the page
 * hooks (data-vigie-*), draw badges, heat markers and the panel, and carry out the moderator's
 * actions (suggest and insert a reply, escalate, dismiss, load all). Everything that must be
 * stored goes to the background by message.
 */
import { browser } from 'wxt/browser';
import { unpackClassified } from '../classify-answer';
import { elementSlot } from '../element-slot';
import { groupEmerging } from '../classify/emerging';
import { t } from '../i18n';
import type { FlagSummary } from '../messages';
import { createRouter, send } from '../messaging';
import { threadHeat, type Observation as RadarObservation } from '../radar';
import { fillPlaceholders } from '../replies/placeholders';
import { createScanner, type Scanner } from '../scanner';
import { clearVerdict, markComment } from '../scanner/marks';
import type { FoundComment, PlatformAdapter } from '../platforms/types';
import { inScanScope, type Settings } from '../settings/schema';
import type { Severity } from '../types';
import { ClassifyQueue } from './classify-queue';
import { CommentStore, isClassified, type ClassifiedComment, type KnownComment } from './comments';
import { loadAllComments } from './load-all';
import {
  closeCard, closeEscalateForm, clearPageUi, hideBadge, hideBadgesOn, hideHeat, pruneDetachedMounts,
  showBadge, showCard, showEscalateForm, showHeat, showPanel,
} from './page-ui';
import { applyPageSettings } from './document-hooks';
import { effectiveSensitivity, flagsOf, verdictKindOf } from './verdicts';
import type { PanelComment, PanelThread, LoadAllState } from '../../components/page/PagePanel';
import type { InsertState } from '../../components/page/SuggestionCard';
import type { EscalateFormProps } from '../../components/page/EscalateForm';
import type { EmergingGroup } from '../../components/page/EmergingRumours';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Classified, ObservationItem, RadarView } from '../messages';

const REPORT_DELAY_MS = 400;

export class PageController {
  private readonly store = new CommentStore();
  private readonly queue: ClassifyQueue;
  private scanner: Scanner | null = null;
  private radar: RadarView | null = null;
  private loadAll: LoadAllState = { status: 'idle' };
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private unreported = new Set<string>();
  private pointerId: string | null = null;
  /** Badges are drawn when their comment comes near the viewport; the page hooks are set at once. */
  private readonly nearViewport = new IntersectionObserver((entries) => this.onVisibility(entries), { rootMargin: '800px 0px' });
  private readonly visible = new WeakSet<Element>();
  /** Which comment each element showed last (the scanner has already re-marked a recycled row). */
  private readonly idOfElement = elementSlot<string>('vigie-drawn-comment');
  /** Comments whose badge is drawn. */
  private readonly badged = new Set<string>();
  /** One function for every render of the card: the card asks again only when the text changes. */
  private readonly checkTone = (text: string) => send('cs:check-tone', { text });

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: PlatformAdapter,
    private settings: Settings,
  ) {
    this.queue = new ClassifyQueue({
      send: async (items) =>
        unpackClassified(await send('cs:classify', JSON.stringify({ platform: adapter.platform, sensitivity: effectiveSensitivity(this.settings), items }))),
      onResults: (results) => this.onClassified(results),
      setTimer: (fn, ms) => this.ctx.setTimeout(fn, ms),
      defer: (fn) => this.ctx.setTimeout(fn, 0),
    });
  }

  start(): void {
    this.listen();
    // WXT announces the navigation when it starts (Navigation API), before the site has replaced the
    // thread: rescan once the new page has had time to render, and again a little later for slow ones.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      for (const delay of [250, 1_200]) this.ctx.setTimeout(() => this.onNavigation(), delay);
    });
    this.ctx.addEventListener(document, 'mouseover', (e) => {
      const el = (e.target as Element | null)?.closest?.('[data-vigie-id]');
      if (el) this.pointerId = el.getAttribute('data-vigie-id');
    });
    this.startScanning();
  }

  private scanningHere(): boolean {
    return this.adapter.matchesPage(new URL(location.href)) && inScanScope(this.settings, location.href);
  }

  private startScanning(): void {
    if (!this.scanningHere()) return;
    // The scanner checks its time budget between slices: slices of 20 comments (a millisecond or
    // two each) keep each task of ours near the budget on a page of thousands (see npm run bench).
    this.scanner = createScanner(document, { adapter: this.adapter, sliceSize: 20, onComments: (batch) => this.onComments(batch) });
    this.scanner.start();
    // The panel first shows with the first report, a moment after the scan (or on a page with no
    // comment yet, a moment after this): drawn here too, before any comment is read, it was one
    // more render of the whole panel, the costlier for being the first (about 7 of the 90 ms of a
    // first scan of 2,000 replies, npm run bench -- --only scan, 2026-11-24).
    this.scheduleReport();
  }

  private stopScanning(): void {
    this.scanner?.stop();
    this.scanner = null;
  }

  // ── scanning ────────────────────────────────────────────────────────────
  /** A navigation scan comes in several slices: onNavigation cleared the page once, before it. */
  private onComments(batch: FoundComment[]): void {
    for (const found of batch) {
      const id = found.comment.id;
      const before = this.store.get(id);
      const sameText = before !== undefined && before.found.comment.text === found.comment.text;
      const entry: KnownComment = sameText ? { ...before, found } : { found, verdict: null, claim: null, dismissed: before?.dismissed ?? false };
      this.store.set(id, entry);
      if (!sameText) this.queue.request(id, found.comment.text);
      // A recycled row (it showed another comment): that comment's badge must not stay on it.
      const shown = this.idOfElement.get(found.element);
      if (shown !== undefined && shown !== id) hideBadgesOn(found.element, id);
      this.idOfElement.set(found.element, id);
      if (isClassified(entry)) {
        this.draw(entry);
        this.unreported.add(id);
      } else if (before) {
        // Its verdict was for another text. (A new comment has no verdict yet: the scanner marked
        // its id and cleared what a recycled row carried.)
        clearVerdict(found.element);
        this.hideBadge(id);
      }
    }
    this.scheduleReport();
  }

  /** The background's verdicts (with the earlier dismissals): marked and drawn where still shown. */
  private onClassified(results: Classified[]): void {
    for (const r of results) {
      const known = this.store.get(r.id);
      if (!known) continue;
      const e: ClassifiedComment = Object.assign(known, { verdict: r.verdict, claim: r.claim, dismissed: known.dismissed || r.dismissed });
      // Only where the element still shows this comment (X may have recycled the row meanwhile;
      // the comment is drawn again when the scanner finds it in its new row).
      if (this.idOfElement.get(e.found.element) === r.id) this.draw(e);
      this.unreported.add(r.id);
    }
    this.scheduleReport();
  }

  /** Page hooks and badge for one comment. */
  private draw(e: ClassifiedComment): void {
    const { element: el, comment } = e.found;
    const flags = flagsOf(e.verdict);
    markComment(el, comment.id, verdictKindOf(e.verdict, e.dismissed), e.dismissed ? [] : flags, e.dismissed);
    if (flags.length === 0 || e.dismissed) {
      this.hideBadge(comment.id);
      return;
    }
    this.nearViewport.observe(el);
    if (this.visible.has(el)) this.drawBadge(e);
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) {
        this.visible.delete(entry.target);
        continue;
      }
      this.visible.add(entry.target);
      const id = entry.target.getAttribute('data-vigie-id');
      const e = id ? this.store.get(id) : undefined;
      if (e && isClassified(e) && e.found.element === entry.target && flagsOf(e.verdict).length && !e.dismissed) this.drawBadge(e);
    }
  }

  /** Only comments whose badge was drawn have one to hide (most of a page's comments never do). */
  private hideBadge(id: string): void {
    if (this.badged.delete(id)) hideBadge(id);
  }

  private drawBadge(e: ClassifiedComment): void {
    const { element: el, comment } = e.found;
    this.badged.add(comment.id);
    const flags = flagsOf(e.verdict);
    showBadge(el, comment.id, {
      commentId: comment.id,
      verdictKinds: flags,
      severity: e.verdict.hostility.severity,
      labels: e.verdict.hostility.labels,
      reasons: e.verdict.reasons.map((r) => ({ text: comment.text.slice(r.start, r.end), label: r.label, note: r.note })),
      claim: e.claim,
      onSuggest: () => void this.suggest(comment.id),
      onEscalate: () => this.openEscalation(comment.id),
      onDismiss: () => void this.dismiss(comment.id),
    });
  }

  /** Every known comment classified again (another sensitivity, a new register entry); the current marks stay until then. */
  private reclassifyAll(): void {
    for (const e of this.store.all()) this.queue.request(e.found.comment.id, e.found.comment.text);
  }

  private classified(): ClassifiedComment[] {
    return this.store.all().filter(isClassified);
  }

  // ── reporting: summary for the popup/badge, observations for the radar, heat, panel ──
  private scheduleReport(): void {
    if (this.reportTimer) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      void this.report();
    }, REPORT_DELAY_MS);
  }

  private flagSummary(e: ClassifiedComment): FlagSummary {
    const c = e.found.comment;
    return {
      commentId: c.id,
      threadId: c.threadId,
      postedAt: c.postedAt,
      verdict: verdictKindOf(e.verdict, e.dismissed),
      kinds: flagsOf(e.verdict),
      severity: e.verdict.hostility.severity,
      author: c.author.slice(0, 200),
      excerpt: c.text.slice(0, 300),
      claimId: e.verdict.rumour.match?.claimId ?? null,
      dismissed: e.dismissed,
    };
  }

  private async report(): Promise<void> {
    const all = this.classified();
    const ids = this.unreported;
    this.unreported = new Set();
    // New or changed comments only go to the radar (the background keeps the rest); the popup and
    // the toolbar badge need the flags (and dismissals), not every ordinary comment.
    const items: ObservationItem[] = [];
    const flags: FlagSummary[] = [];
    const observations: RadarObservation[] = [];
    for (const e of all) {
      const c = e.found.comment;
      const verdict = verdictKindOf(e.verdict, e.dismissed);
      if (ids.has(c.id) && c.postedAt) items.push({ commentId: c.id, threadId: c.threadId, postedAt: c.postedAt, verdict, claimId: e.verdict.rumour.match?.claimId ?? null });
      if (verdict !== 'ok' || e.dismissed) flags.push(this.flagSummary(e));
      // Thread heat: every reply under a thread root (threadHeat without a window counts a reply shown without a time too).
      if (c.threadId && c.threadId !== c.id) observations.push({ commentId: c.id, threadId: c.threadId, postedAt: c.postedAt ?? '', verdict });
    }
    try {
      await send('cs:page-summary', JSON.stringify({ platform: this.adapter.platform, url: location.href, scanned: all.length, flags: flags.slice(0, 5000) }));
      for (let i = 0; i < items.length; i += 1000) {
        this.radar = await send('cs:observe', JSON.stringify({ platform: this.adapter.platform, pageUrl: location.href, items: items.slice(i, i + 1000) }));
      }
    } catch (e) {
      console.warn('[vigie] report failed', e);
    }
    this.heat = threadHeat(observations);
    this.emerging = this.groupEmerging();
    this.drawHeat();
    this.renderPanel();
    pruneDetachedMounts();
  }

  private heat: ReturnType<typeof threadHeat> = new Map();
  private emerging: EmergingGroup[] = [];
  private readonly addedGroups = new Set<string>();

  /** Rumour-like comments that match no register entry, grouped by near-duplicate wording. */
  private groupEmerging(): EmergingGroup[] {
    const items = this.classified()
      .filter((e) => e.verdict.rumour.flagged && !e.verdict.rumour.match && !e.dismissed)
      .map((e) => ({ id: e.found.comment.id, text: e.found.comment.text, score: e.verdict.rumour.score }));
    return groupEmerging(items).map((g) => ({
      key: g.key,
      representative: g.representative.slice(0, 300),
      representativeId: this.store.all().find((e) => e.found.comment.text === g.representative)?.found.comment.id ?? g.ids[0],
      ids: g.ids,
      size: g.size,
      added: this.addedGroups.has(g.key),
    }));
  }

  private async addToRegister(g: EmergingGroup): Promise<void> {
    const rep = this.store.get(g.representativeId);
    const lang = rep?.verdict?.lang === 'fr' ? 'fr' : 'en';
    // The group's other wordings become the entry's variants, so the register matches them all.
    const variants = g.ids
      .filter((id) => id !== g.representativeId)
      .map((id) => this.store.get(id)?.found.comment.text)
      .filter((text): text is string => !!text)
      .slice(0, 5)
      .map((v) => v.slice(0, 1_000));
    await send('cs:add-claim', { statement: g.representative.slice(0, 1_000), lang, variants });
    this.addedGroups.add(g.key);
    this.reclassifyAll();
  }

  private drawHeat(): void {
    for (const [threadId, h] of this.heat) {
      const root = this.store.get(threadId);
      if (!root) continue;
      if (h.heat === 'cool') hideHeat(threadId);
      else showHeat(root.found.element, threadId, h);
    }
  }

  private renderPanel(): void {
    if (!this.scanner) return;
    const comments: PanelComment[] = [];
    const threadRoots = new Map<string, PanelThread>();
    const heat = this.heat;
    for (const e of this.classified()) {
      const c = e.found.comment;
      const flags = flagsOf(e.verdict);
      if (flags.length && !e.dismissed) comments.push({ id: c.id, kinds: flags, severity: e.verdict.hostility.severity, author: c.author, excerpt: c.text.slice(0, 200) });
      const h = heat.get(c.id);
      if (h && h.heat !== 'cool') threadRoots.set(c.id, { id: c.id, author: c.author, excerpt: c.text.slice(0, 120), heat: h });
    }
    showPanel({
      comments,
      threads: [...threadRoots.values()],
      emerging: {
        groups: this.emerging,
        onFocusComment: (id) => this.focusComment(id),
        onAddToRegister: (g) => void this.addToRegister(g),
        onEscalate: (g) => this.openEscalation(g.representativeId),
      },
      onFocusComment: (id) => this.focusComment(id),
      onLoadAll: () => void this.loadAllComments(),
      loadAll: this.loadAll,
      radar: this.radar ? { level: this.radar.level, reason: this.radar.reason } : null,
      crisisMode: this.settings.crisisMode,
      onEnableCrisisMode: () => void send('cs:set-crisis-mode', { on: true }),
    });
  }

  private focusComment(id: string): void {
    const el = this.store.get(id)?.found.element;
    if (!el?.isConnected) return;
    el.scrollIntoView({ block: 'center' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }

  private async loadAllComments(): Promise<void> {
    if (this.loadAll.status === 'loading') return;
    this.loadAll = { status: 'loading', expanded: 0 };
    this.renderPanel();
    try {
      const root = this.adapter.findRoot(document) ?? document.body;
      const n = await loadAllComments(this.adapter, root, (p) => {
        this.loadAll = { status: p.done ? 'done' : 'loading', expanded: p.expanded };
        this.renderPanel();
      });
      this.loadAll = { status: 'done', expanded: n };
    } catch (e) {
      this.loadAll = { status: 'error', message: (e as Error).message };
    }
    this.renderPanel();
  }

  // ── actions ─────────────────────────────────────────────────────────────
  private async dismiss(id: string): Promise<void> {
    const e = this.store.get(id);
    if (!e || !isClassified(e)) return;
    e.dismissed = true;
    this.draw(e);
    this.unreported.add(id);
    this.scheduleReport();
    await send('cs:dismiss', { comment: e.found.comment, verdict: e.verdict });
  }

  private async suggest(id: string): Promise<void> {
    const e = this.store.get(id);
    if (!e || !isClassified(e)) return;
    closeEscalateForm();
    await send('cs:select-comment', { comment: e.found.comment, verdict: e.verdict, pageUrl: location.href });
    const { suggestions } = await send('cs:suggest', {});
    const values: Record<string, string> = {};
    for (const s of suggestions) for (const f of s.fields) if (f.value && !values[f.name]) values[f.name] = f.value;
    const platform = this.adapter.platform;
    const render = (insertState: InsertState) =>
      showCard(e.found.element, id, {
        comment: { id, author: e.found.comment.author, excerpt: e.found.comment.text.slice(0, 400) },
        suggestions: suggestions.map((s) => ({ replyId: s.replyId, version: s.version, title: s.title, body: s.body, why: s.why, fields: s.fields.map((f) => ({ name: f.name, required: f.required })) })),
        values,
        fill: (body, v) => fillPlaceholders(body, v),
        measure: (text) => send('cs:measure-reply', { platform, text }),
        checkTone: this.checkTone,
        onInsert: (req) =>
          void (async () => {
            render({ status: 'inserting' });
            const result = await this.insert(id, req.text);
            if (result.ok || result.method === 'clipboard') {
              await send('cs:inserted', { replyId: req.replyId, version: req.version, platform, commentId: id, method: result.method });
            }
            render(
              result.ok
                ? { status: 'inserted' }
                : result.method === 'clipboard'
                  ? { status: 'clipboard', message: result.error }
                  : { status: 'error', message: result.error },
            );
          })(),
        onClose: () => closeCard(),
        insertState,
      });
    render({ status: 'idle' });
  }

  /** Opens the comment's reply box, puts the text in, reads it back. Never sends. */
  private async insert(id: string, text: string) {
    const e = this.store.get(id);
    if (!e?.found.element.isConnected) return { ok: false, method: 'clipboard' as const, readBack: '', error: t('page.insert.gone') };
    const composer = await this.adapter.openComposer(e.found.element);
    if (!composer) {
      await navigator.clipboard.writeText(text).catch(() => undefined);
      return { ok: false, method: 'clipboard' as const, readBack: '', error: t('page.insert.noComposer') };
    }
    return this.adapter.insertReply(composer, text);
  }

  private escalationContext(id: string) {
    const e = this.store.get(id);
    if (!e) throw new Error(`comment ${id} is no longer on the page`);
    if (!isClassified(e)) throw new Error(`comment ${id} is not classified yet`);
    const c = e.found.comment;
    const { parent, replies } = this.store.thread(id, 10);
    const item = (k: KnownComment) => ({ id: k.found.comment.id, author: k.found.comment.author, text: k.found.comment.text });
    return {
      pageUrl: location.href,
      comment: c,
      verdict: e.verdict,
      reasons: e.verdict.reasons.slice(0, 30).map((r) => ({ label: r.label, excerpt: c.text.slice(r.start, r.end).slice(0, 500), note: r.note })),
      thread: { parent: parent ? item(parent) : null, replies: replies.map(item) },
    };
  }

  private openEscalation(id: string): void {
    const e = this.store.get(id);
    if (!e || !isClassified(e)) return;
    closeCard();
    const claimId = e.verdict.rumour.match?.claimId;
    const severity: Severity = e.verdict.hostility.severity;
    const render = (state: EscalateFormProps['state']) =>
      showEscalateForm(e.found.element, id, {
        comment: { id, author: e.found.comment.author, excerpt: e.found.comment.text.slice(0, 400) },
        claim: claimId ? (e.claim?.statement ?? claimId) : null,
        defaultSeverity: severity === 'high' || claimId ? 'high' : 'medium',
        state,
        onSend: ({ note, severity }) =>
          void (async () => {
            render({ status: 'sending' });
            try {
              await send('cs:escalate', { ...this.escalationContext(id), note, severity });
              render({ status: 'sent' });
            } catch (err) {
              render({ status: 'error', message: (err as Error).message });
            }
          })(),
        onClose: () => closeEscalateForm(),
      });
    render({ status: 'idle' });
  }

  /** The comment under keyboard focus, else under the pointer. */
  private targetComment(): string | null {
    const focused = (document.activeElement as Element | null)?.closest?.('[data-vigie-id]');
    return focused?.getAttribute('data-vigie-id') ?? this.pointerId;
  }

  // ── messages from the background ───────────────────────────────────────
  private listen(): void {
    const listener = createRouter(
      {
        'bg:settings-changed': (settings) => {
          const before = this.settings;
          this.settings = settings;
          applyPageSettings(this.adapter.platform, settings);
          const scopeChanged = before.scanScope !== settings.scanScope || before.scanList.join() !== settings.scanList.join();
          if (scopeChanged) {
            this.stopScanning();
            this.resetPage();
            this.startScanning();
          } else if (effectiveSensitivity(before) !== effectiveSensitivity(settings)) {
            this.reclassifyAll();
          } else {
            this.renderPanel();
          }
          return { ok: true as const };
        },
        'bg:insert-reply': ({ commentId, text }) => this.insert(commentId, text),
        'bg:escalation-context': ({ commentId }) => this.escalationContext(commentId),
        'bg:command': ({ name }) => {
          const id = this.targetComment();
          const e = id ? this.store.get(id) : undefined;
          if (!id || !e || !isClassified(e)) throw new Error(t('page.command.noComment'));
          if (name === 'suggest') void this.suggest(id);
          else this.openEscalation(id);
          return { ok: true as const };
        },
      },
      { context: 'content' },
    );
    browser.runtime.onMessage.addListener(listener);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      this.nearViewport.disconnect();
      this.queue.reset();
      this.stopScanning();
      clearPageUi();
    });
  }

  private resetPage(): void {
    this.nearViewport.disconnect();
    this.queue.reset();
    this.badged.clear();
    this.heat = new Map();
    this.emerging = [];
    this.store.clear();
    this.unreported.clear();
    this.radar = null;
    this.loadAll = { status: 'idle' };
    clearPageUi();
  }

  private onNavigation(): void {
    this.adapter.reset?.();
    if (this.scanner && this.scanningHere()) {
      this.resetPage();
      this.scanner.rescan();
      this.renderPanel();
      return;
    }
    this.stopScanning();
    this.resetPage();
    this.startScanning();
  }
}
