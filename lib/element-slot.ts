/**
 * A value a content script keeps on DOM elements, for its own use: which comment a row shows,
 * what a row read, which page hooks were written. Kept on the element's script wrapper under a
 * symbol, not in a WeakMap: a content script has wrappers of its own (its isolated world), so the
 * page cannot see or touch the property, and it is dropped with the element like a WeakMap entry.
 * A property read and write cost less than a WeakMap look-up and insertion, which a first scan
 * of a long thread does for every row (2,000 articles of the generated bench page, a fresh
 * isolated world in Chromium, 15 runs, 2026-11-24: marking them with their hooks in a WeakMap
 * 4.1 ms, on the wrapper 2.7, setAttribute alone 2.3).
 */
export interface ElementSlot<T> {
  get(el: Element): T | undefined;
  set(el: Element, value: T): void;
  /** Forgets every value at once (a new symbol: the old values are no longer read). */
  clear(): void;
}

type Slotted<T> = Element & Record<symbol, T | undefined>;

export function elementSlot<T>(name: string): ElementSlot<T> {
  let key = Symbol(name);
  return {
    get: (el) => (el as Slotted<T>)[key],
    set: (el, value) => {
      (el as Slotted<T>)[key] = value;
    },
    clear: () => {
      key = Symbol(name);
    },
  };
}
