/** Text fields that edit lists: one item per line (or comma-separated for short tokens). */

export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function commasToList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** Adds or removes `item` in a list kept in a fixed order (the order of `all`). */
export function toggleIn<T>(list: readonly T[], item: T, on: boolean, all: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return all.filter((x) => set.has(x));
}

/** `<input type="datetime-local">` value (local time) from an ISO instant, and back. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
