/**
 * The last step before a reply goes into the platform's reply box: every placeholder filled with a
 * usable value and the final text within the platform's limit. The UI asks for `fields`, then calls
 * prepareInsertion with the answers; insertion happens only when `blocked` is null (the tone check
 * runs on `text` separately and only warns).
 */
import type { Platform } from '../types';
import { measureLength, type LengthMeasure } from './length';
import { fillPlaceholders, isKnownPlaceholder, PLACEHOLDER_INFO, placeholdersIn, placeholderValueProblem } from './placeholders';

export interface PlaceholderField {
  name: string;
  /** English label; custom fields show their name with spaces. */
  label: string;
  /** Where a prefill can come from; 'custom' fields are typed by the moderator. */
  source: 'comment' | 'settings' | 'claim' | 'custom';
}

/** The fields to ask for before inserting `body`, in order of appearance. */
export function placeholderFields(body: string): PlaceholderField[] {
  return placeholdersIn(body).map((name) =>
    isKnownPlaceholder(name)
      ? { name, ...PLACEHOLDER_INFO[name] }
      : { name, label: name.replace(/_/g, ' '), source: 'custom' as const },
  );
}

export interface PreparedInsertion {
  /** The body with every provided value filled in. */
  text: string;
  missing: string[];
  /** Value problems by placeholder name, in English. */
  problems: Record<string, string>;
  length: LengthMeasure;
  /** Why insertion must wait, in English (naming the count when too long), or null when it may proceed. */
  blocked: string | null;
}

export function prepareInsertion(body: string, values: Record<string, string>, platform: Platform): PreparedInsertion {
  const problems: Record<string, string> = {};
  for (const name of placeholdersIn(body)) {
    const given = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : '';
    const problem = given?.trim() ? placeholderValueProblem(name, given) : null;
    if (problem) problems[name] = problem;
  }
  const { text, missing } = fillPlaceholders(body, values);
  const length = measureLength(text, platform);
  let blocked: string | null = null;
  if (missing.length) blocked = `Fill in ${missing.map((m) => `{${m}}`).join(', ')} first.`;
  else if (Object.keys(problems).length) blocked = Object.values(problems).join(' ');
  else if (length.over) blocked = `Too long for ${platformName(platform)}: ${length.length}/${length.limit} characters.`;
  return { text, missing, problems, length, blocked };
}

function platformName(p: Platform): string {
  return p === 'x' ? 'X' : p === 'facebook' ? 'Facebook' : 'Instagram';
}
