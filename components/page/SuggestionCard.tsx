/**
 * The suggestion card: the selected comment, up to five ranked replies from the team's library with
 * why each was chosen, then for the chosen one its fill-in fields, a live preview, the platform's
 * length count, the tone check, and the Insert button. Used beside a comment and in the popup.
 *
 * No data fetching here: the lead passes the suggestions and the reply engine's functions (fill,
 * measure, checkTone). Inserting puts text in the platform's reply box; the moderator sends it.
 *
 * Keyboard: in the list, ArrowUp/ArrowDown/Home/End move (roving tabindex on role=option), Enter or
 * Space chooses, Escape closes the card. In the form, Escape goes back to the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent, TargetedSubmitEvent } from 'preact';
import { t } from '../../lib/i18n';
import { hasMessage, labelText, useInterfaceLocale } from '../shared/i18n';

export interface ReplyField {
  /** The placeholder's name in the body: `{brand}` → 'brand'. */
  name: string;
  /** Shown when the name is not one Vigie knows (author, brand, agent, correction_link…). */
  label?: string;
  /** Default true. */
  required?: boolean;
}

export interface ReplySuggestion {
  replyId: string;
  version: number;
  /** The reply's name in the library. */
  title: string;
  /** The template, with `{placeholders}`. */
  body: string;
  /** Why it was ranked here, one short sentence each. */
  why: string[];
  fields: ReplyField[];
}

export interface FillResult {
  text: string;
  /** Placeholders still without a value. */
  missing: string[];
}

export interface LengthMeasure {
  length: number;
  limit: number;
  over: boolean;
}

export interface ToneWarning {
  kind: string;
  note: string;
}

export interface ToneResult {
  ok: boolean;
  warnings: ToneWarning[];
}

export type InsertStatus = 'idle' | 'inserting' | 'inserted' | 'clipboard' | 'error';

export interface InsertState {
  status: InsertStatus;
  message?: string;
}

export interface InsertRequest {
  replyId: string;
  version: number;
  text: string;
}

export interface SuggestionCardProps {
  /** The comment being answered. Its excerpt is untrusted page text. */
  comment: { id: string; author?: string; excerpt: string };
  /** Ranked, best first; only the first five are shown. */
  suggestions: ReplySuggestion[];
  /** Prefilled field values by placeholder name (author from the comment, brand and agent from settings…). */
  values?: Record<string, string>;
  fill(body: string, values: Record<string, string>): FillResult;
  /**
   * Synchronous in the popup; a message to the background from the in-page card (X's counting
   * library stays out of the content scripts). Insert waits for the length of the text as it is.
   */
  measure(text: string): LengthMeasure | Promise<LengthMeasure>;
  /** Synchronous in the popup; a message to the background from the in-page card. */
  checkTone(text: string): ToneResult | Promise<ToneResult>;
  onInsert(request: InsertRequest): void;
  onClose(): void;
  insertState?: InsertState;
  /** Move focus into the card when it appears (default true). */
  autoFocus?: boolean;
}

export const MAX_SUGGESTIONS = 5;

/** The paste shortcut the moderator's keyboard uses. */
export function pasteShortcut(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): string {
  return /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent) ? '⌘V' : 'Ctrl+V';
}

export function fieldLabel(field: ReplyField): string {
  const key = `page.field.${field.name}`;
  if (hasMessage(key)) return t(key);
  return field.label?.trim() || field.name.replace(/_/g, ' ');
}

/** A new card per comment: nothing typed for one comment leaks into the next. */
export function SuggestionCard(props: SuggestionCardProps) {
  return <Card key={props.comment.id} {...props} />;
}

function Card(props: SuggestionCardProps) {
  useInterfaceLocale();
  const { comment, autoFocus = true } = props;
  const suggestions = props.suggestions.slice(0, MAX_SUGGESTIONS);
  const [active, setActive] = useState(0);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = chosenId === null ? null : suggestions.find((s) => s.replyId === chosenId) ?? null;
  const id = useId();
  const optionRefs = useRef<Array<HTMLLIElement | null>>([]);
  const returnFocus = useRef(autoFocus);

  const current = Math.min(active, Math.max(0, suggestions.length - 1));

  // Focus follows the active option while the list is shown (after the first render only if asked).
  useEffect(() => {
    if (chosen || !returnFocus.current) return;
    optionRefs.current[current]?.focus();
  }, [current, chosen]);

  const choose = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    setActive(i);
    setChosenId(s.replyId);
  };
  const backToList = () => {
    returnFocus.current = true;
    setChosenId(null);
  };

  const onListKeyDown = (e: TargetedKeyboardEvent<HTMLUListElement>) => {
    const last = suggestions.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(current + 1, last);
    else if (e.key === 'ArrowUp') next = Math.max(current - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(current);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    returnFocus.current = true;
    setActive(next);
  };

  const onCardKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (chosen) backToList();
    else props.onClose();
  };

  return (
    <section class="vg-card" aria-labelledby={`${id}-title`} data-comment-id={comment.id} onKeyDown={onCardKeyDown}>
      <div class="vg-card__head">
        <h2 id={`${id}-title`}>{t('page.card.title')}</h2>
        <button type="button" class="vg-btn" data-action="close" onClick={() => props.onClose()}>
          {t('common.close')}
        </button>
      </div>
      <p class="vg-card__quote">
        {comment.author && <strong>{t('page.card.replyingTo', { author: comment.author })} </strong>}
        <span class="vg-excerpt">{t('page.quoted', { text: comment.excerpt })}</span>
      </p>
      {suggestions.length === 0 ? (
        <p class="vg-muted" data-empty="true">{t('page.card.none')}</p>
      ) : chosen ? (
        <ReplyForm key={chosen.replyId} {...props} reply={chosen} onBack={backToList} />
      ) : (
        <ul
          class="vg-options"
          role="listbox"
          aria-label={t('page.card.listLabel')}
          aria-describedby={`${id}-hint`}
          onKeyDown={onListKeyDown}
        >
          {suggestions.map((s, i) => (
            <li
              key={`${i}:${s.replyId}`}
              ref={(el) => {
                optionRefs.current[i] = el;
              }}
              id={`${id}-opt-${i}`}
              class="vg-option vg-focusable"
              role="option"
              aria-selected={i === current}
              tabIndex={i === current ? 0 : -1}
              data-reply-id={s.replyId}
              onFocus={() => setActive(i)}
              onClick={() => choose(i)}
            >
              <span class="vg-option__title">{`${i + 1}. ${s.title}`}</span>
              <span class="vg-option__body">{s.body}</span>
              {s.why.length > 0 && (
                <ul class="vg-option__why vg-muted" aria-label={t('page.card.why')}>
                  {s.why.map((w, j) => (
                    <li key={j}>{w}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && !chosen && (
        <p id={`${id}-hint`} class="vg-muted">{t('page.card.hint')}</p>
      )}
    </section>
  );
}

interface ReplyFormProps extends SuggestionCardProps {
  reply: ReplySuggestion;
  onBack(): void;
}

const NO_WARNINGS: ToneResult = { ok: true, warnings: [] };

/** What a synchronous or asynchronous check says of this very text: pending, answered or failed. */
type Answer<T> = { state: 'pending' } | { state: 'answered'; result: T } | { state: 'failed' };

/**
 * The answer of `check` for the text as it is now. An asynchronous answer for an earlier text is
 * dropped (the moderator typed on meanwhile); a failure is logged with `what`.
 */
function useAnswer<T>(text: string, check: (text: string) => T | Promise<T>, what: string): Answer<T> {
  const immediate = useMemo(() => check(text), [text, check]);
  const [settled, setSettled] = useState<{ text: string; answer: Answer<T> } | null>(null);
  useEffect(() => {
    if (!(immediate instanceof Promise)) return;
    let current = true;
    immediate.then(
      (result) => current && setSettled({ text, answer: { state: 'answered', result } }),
      (e: unknown) => {
        console.warn(`[vigie] ${what} failed`, e);
        if (current) setSettled({ text, answer: { state: 'failed' } });
      },
    );
    return () => {
      current = false;
    };
  }, [immediate]);
  if (!(immediate instanceof Promise)) return { state: 'answered', result: immediate };
  return settled?.text === text ? settled.answer : { state: 'pending' };
}

/**
 * The tone of the text as it is now: no warning until the answer for this very text arrives, and
 * none when the check fails: the warning never blocks the moderator, it only asks them to read again.
 */
function useTone(text: string, check: SuggestionCardProps['checkTone']): ToneResult {
  const answer = useAnswer(text, check, 'tone check');
  return answer.state === 'answered' ? answer.result : NO_WARNINGS;
}

function ReplyForm(props: ReplyFormProps) {
  const { reply, insertState = { status: 'idle' } } = props;
  const id = useId();
  // What the moderator typed; prefilled values from props show through until a field is edited.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const values = { ...(props.values ?? {}), ...typed };
  const filled: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v.trim() !== '') filled[k] = v.trim();

  const result = props.fill(reply.body, filled);
  const text = result.text;
  // Insert waits while the text is being counted: a reply too long for the platform is never
  // inserted. When counting fails no count is shown and Insert is not held back by it: the
  // platform's own composer still refuses a reply that is too long.
  const counted = useAnswer(text, props.measure, 'length count');
  const length = counted.state === 'answered' ? counted.result : null;
  const tone = useTone(text, props.checkTone);

  // Every declared field, plus any placeholder the body uses without declaring it.
  const fields: ReplyField[] = [...reply.fields];
  for (const name of result.missing) if (!fields.some((f) => f.name === name)) fields.push({ name, required: true });
  const missing = fields.filter((f) => (f.required ?? true) && !filled[f.name]).map((f) => f.name);
  for (const name of result.missing) if (!missing.includes(name)) missing.push(name);

  const inserting = insertState.status === 'inserting';
  const tooLong = length?.over ?? false;
  /** Blocked for a reason the moderator can act on (said next to the button); a pending count is not one. */
  const explained = missing.length > 0 || tooLong;
  const blocked = explained || counted.state === 'pending';
  const form = useRef<HTMLFormElement>(null);
  const insertButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Straight to what is left to do: the first empty required field, or the Insert button.
    const firstEmpty = form.current?.querySelector<HTMLInputElement>('input[data-empty="true"]');
    (firstEmpty ?? insertButton.current)?.focus();
  }, []);

  const submit = (e: TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (blocked || inserting) return;
    props.onInsert({ replyId: reply.replyId, version: reply.version, text });
  };

  const label = inserting ? t('page.card.inserting') : tone.warnings.length > 0 ? t('page.card.insertAnyway') : t('page.card.insert');
  const labelsOf = (names: string[]) =>
    names.map((n) => fieldLabel(fields.find((f) => f.name === n) ?? { name: n })).join(', ');

  return (
    <form ref={form} class="vg-reply" data-reply-id={reply.replyId} onSubmit={submit} noValidate>
      <p>
        <strong>{reply.title}</strong>{' '}
        <button type="button" class="vg-btn" data-action="back" onClick={() => props.onBack()}>
          {t('page.card.back')}
        </button>
      </p>
      {fields.length > 0 && (
        <fieldset class="vg-fields">
          <legend class="vg-sr-only">{t('page.card.fields')}</legend>
          {fields.map((f, i) => {
            const required = f.required ?? true;
            const value = values[f.name] ?? '';
            return (
              <label key={f.name} class="vg-field">
                <span class="vg-field__label">
                  {fieldLabel(f)}
                  {required ? ` ${t('page.card.required')}` : ''}
                </span>
                <input
                  id={`${id}-f${i}`}
                  name={f.name}
                  type="text"
                  value={value}
                  required={required}
                  aria-required={required}
                  data-empty={String(required && value.trim() === '')}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    setTyped((prev) => ({ ...prev, [f.name]: v }));
                  }}
                />
              </label>
            );
          })}
        </fieldset>
      )}
      <div>
        <p class="vg-field__label" id={`${id}-preview-label`}>{t('page.card.preview')}</p>
        <p class="vg-preview" aria-labelledby={`${id}-preview-label`} data-preview="true">{text}</p>
        {length && (
          <p class="vg-counter" data-over={String(length.over)}>
            <span class="vg-sr-only">{t('page.card.length')} </span>
            {t('page.card.count', { length: length.length, limit: length.limit })}
          </p>
        )}
      </div>
      {tone.warnings.length > 0 && (
        <div class="vg-warnings" role="note" data-tone-warnings="true">
          <p>
            <strong>{t('page.card.toneTitle')}</strong>
          </p>
          <ul>
            {tone.warnings.map((w, i) => (
              <li key={i}>
                <span class="vg-badge__label">{labelText(w.kind)}</span>
                {t('page.colon')}
                {w.note}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="vg-card__actions">
        <button
          ref={insertButton}
          type="submit"
          class="vg-btn vg-btn--primary"
          data-action="insert"
          disabled={blocked || inserting}
          aria-describedby={explained ? `${id}-blocked` : undefined}
        >
          {label}
        </button>
        {explained && (
          <span id={`${id}-blocked`} class="vg-blocked">
            {missing.length > 0 && t('page.card.missing', { fields: labelsOf(missing) })}
            {missing.length > 0 && tooLong && ' '}
            {length?.over && t('page.card.tooLong', { length: length.length, limit: length.limit })}
          </span>
        )}
      </div>
      <p class="vg-status" role="status" data-status={insertState.status}>
        {statusText(insertState)}
      </p>
    </form>
  );
}

function statusText(state: InsertState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'inserting':
      return t('page.card.inserting');
    case 'inserted':
      return t('page.card.inserted');
    case 'clipboard':
      return t('page.card.clipboard', { shortcut: pasteShortcut() });
    case 'error':
      return t('common.error', { message: state.message ?? t('page.card.insertFailed') });
  }
}
