/**
 * CSS of the in-page interface, as strings inlined into each shadow root (no external file: a
 * content script's stylesheet would apply to the whole page, and the page's would apply to us).
 *
 * Our surfaces are opaque and bring their own colours, so they read the same on a light or a dark
 * page: the theme only picks which of our two palettes sits best beside the page. Pixel units only:
 * `rem` inside a shadow root follows the page's root font size. Custom properties are all declared
 * on `.vg-root` because `all: initial` on the host does not reset inherited custom properties.
 */

export const BASE_CSS = `
.vg-root {
  --vg-surface: #ffffff;
  --vg-surface-2: #f1f3f5;
  --vg-text: #14171a;
  --vg-muted: #47525c;
  --vg-border: #5b6670;
  --vg-focus: #0b57d0;
  --vg-focus-halo: #ffffff;
  --vg-primary-bg: #0b57d0;
  --vg-primary-fg: #ffffff;
  --vg-hostile-bg: #b3261e;
  --vg-hostile-fg: #ffffff;
  --vg-rumour-bg: #f9c74f;
  --vg-rumour-fg: #1b1b1b;
  --vg-warn-bg: #fff4ce;
  --vg-warn-fg: #3d2e00;
  --vg-warn-border: #8a6d00;
  --vg-danger-fg: #a11d15;
  --vg-ok-fg: #1e6b34;
  --vg-shadow: 0 4px 16px rgba(0, 0, 0, 0.28);
  color: var(--vg-text);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
  -webkit-font-smoothing: antialiased;
}
.vg-root[data-theme="dark"] {
  --vg-surface: #15202b;
  --vg-surface-2: #22303c;
  --vg-text: #f2f4f5;
  --vg-muted: #b8c2cc;
  --vg-border: #8899a6;
  --vg-focus: #8ab4f8;
  --vg-focus-halo: #15202b;
  --vg-primary-bg: #8ab4f8;
  --vg-primary-fg: #0b1a33;
  --vg-warn-bg: #3d2e00;
  --vg-warn-fg: #ffe8a3;
  --vg-warn-border: #e0b400;
  --vg-danger-fg: #ffb4ab;
  --vg-ok-fg: #8fdc9f;
  --vg-shadow: 0 4px 18px rgba(0, 0, 0, 0.6);
}
.vg-root *, .vg-root *::before, .vg-root *::after { box-sizing: border-box; }
.vg-root [hidden] { display: none !important; }
.vg-root p, .vg-root ul, .vg-root ol, .vg-root h2, .vg-root h3 { margin: 0; padding: 0; }
.vg-root ul, .vg-root ol { list-style: none; }
.vg-root h2, .vg-root h3 { font-size: 14px; font-weight: 700; }
.vg-root button, .vg-root input, .vg-root textarea {
  font: inherit; color: inherit; margin: 0;
}
.vg-btn {
  display: inline-flex; align-items: center; gap: 4px;
  min-height: 28px; padding: 3px 10px;
  border: 1px solid var(--vg-border); border-radius: 6px;
  background: var(--vg-surface); color: var(--vg-text);
  cursor: pointer; font-weight: 600;
}
.vg-btn:hover:not(:disabled) { background: var(--vg-surface-2); }
.vg-btn--primary { background: var(--vg-primary-bg); color: var(--vg-primary-fg); border-color: var(--vg-primary-bg); }
.vg-btn--primary:hover:not(:disabled) { background: var(--vg-primary-bg); filter: brightness(1.1); }
.vg-btn:disabled { opacity: 0.55; cursor: not-allowed; }
.vg-root :focus { outline: none; }
.vg-root :focus-visible, .vg-root .vg-focusable:focus {
  outline: 2px solid var(--vg-focus);
  outline-offset: 2px;
  box-shadow: 0 0 0 4px var(--vg-focus-halo);
}
.vg-chip {
  display: inline-block; padding: 1px 7px; border-radius: 999px;
  border: 1px solid #1b1b1b; font-size: 12px; font-weight: 700; line-height: 18px;
  white-space: nowrap;
}
.vg-chip--hostile { background: var(--vg-hostile-bg); color: var(--vg-hostile-fg); }
.vg-chip--rumour { background: var(--vg-rumour-bg); color: var(--vg-rumour-fg); }
.vg-muted { color: var(--vg-muted); }
.vg-excerpt { font-style: italic; overflow-wrap: anywhere; white-space: pre-wrap; }
.vg-sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .vg-btn, .vg-chip, .vg-row { transition: background-color 120ms ease, filter 120ms ease; }
}
@media (forced-colors: active) {
  .vg-chip, .vg-btn, .vg-surface { border: 1px solid CanvasText; }
  .vg-root :focus-visible { outline: 2px solid Highlight; }
}
`;

export const BADGE_CSS = `
.vg-badge { display: inline-block; max-width: 100%; margin: 4px 0; vertical-align: top; }
.vg-badge__toggle {
  display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center;
  padding: 2px; border: 0; border-radius: 999px; background: transparent; cursor: pointer;
}
.vg-badge__toggle .vg-chip[data-severity="high"] { box-shadow: 0 0 0 2px var(--vg-hostile-bg); }
.vg-badge__pop {
  display: block; margin-top: 4px; padding: 10px 12px; max-width: 420px;
  background: var(--vg-surface); color: var(--vg-text);
  border: 1px solid var(--vg-border); border-radius: 8px; box-shadow: var(--vg-shadow);
}
.vg-badge__pop > * + * { margin-top: 8px; }
.vg-badge__reasons li { overflow-wrap: anywhere; }
.vg-badge__reasons li + li { margin-top: 4px; }
.vg-badge__label { font-weight: 700; }
.vg-badge__actions { display: flex; flex-wrap: wrap; gap: 6px; }
`;

export const HEAT_CSS = `
.vg-heat {
  display: inline-flex; align-items: center; gap: 6px; margin: 2px 0;
  padding: 1px 8px 1px 4px; border-radius: 999px; border: 1px solid #1b1b1b;
  font-size: 12px; font-weight: 700; line-height: 18px; white-space: nowrap;
}
.vg-heat__dot { width: 10px; height: 10px; border-radius: 50%; border: 1px solid currentColor; background: currentColor; }
.vg-heat[data-heat="cool"] { background: #e3ecf5; color: #1f3a56; }
.vg-heat[data-heat="warm"] { background: #f9c74f; color: #1b1b1b; }
.vg-heat[data-heat="hot"] { background: #c2410c; color: #ffffff; }
.vg-heat[data-heat="burning"] { background: #8b1414; color: #ffffff; }
`;

export const PANEL_CSS = `
.vg-panel {
  position: fixed; bottom: 16px; z-index: 2147483646;
  width: 340px; max-width: calc(100vw - 32px);
  background: var(--vg-surface); color: var(--vg-text);
  border: 1px solid var(--vg-border); border-radius: 10px; box-shadow: var(--vg-shadow);
}
.vg-panel[data-side="left"] { left: 16px; }
.vg-panel[data-side="right"] { right: 16px; }
.vg-panel[data-collapsed="true"] { width: auto; }
.vg-panel__head { display: flex; align-items: center; gap: 8px; padding: 6px; }
.vg-panel__toggle { flex: 1; justify-content: space-between; border: 0; background: transparent; }
.vg-panel__body { padding: 0 10px 10px; max-height: min(60vh, 520px); overflow-y: auto; overscroll-behavior: contain; }
.vg-panel__body > * + * { margin-top: 10px; }
.vg-panel__counts { display: flex; flex-wrap: wrap; gap: 4px 10px; }
.vg-banner { padding: 8px 10px; border-radius: 8px; border: 1px solid var(--vg-warn-border); background: var(--vg-warn-bg); color: var(--vg-warn-fg); }
.vg-banner > * + * { margin-top: 6px; }
.vg-banner--on { border-color: var(--vg-hostile-bg); }
.vg-radar[data-level="alert"], .vg-radar[data-level="crisis"] { font-weight: 700; color: var(--vg-danger-fg); }
.vg-panel__list li + li { margin-top: 4px; }
.vg-row {
  display: block; width: 100%; padding: 6px 8px; text-align: start;
  border: 1px solid transparent; border-radius: 6px; background: var(--vg-surface-2); color: var(--vg-text);
  cursor: pointer;
}
.vg-row:hover { border-color: var(--vg-border); }
.vg-row__meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
.vg-row__author { font-weight: 700; overflow-wrap: anywhere; }
.vg-row__excerpt { display: block; margin-top: 2px; max-height: 3.2em; overflow: hidden; }
.vg-loadall { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
`;

export const CARD_CSS = `
.vg-card {
  display: block; width: 100%; max-width: 560px; margin: 6px 0; padding: 12px;
  background: var(--vg-surface); color: var(--vg-text);
  border: 1px solid var(--vg-border); border-radius: 10px; box-shadow: var(--vg-shadow);
}
.vg-card > * + * { margin-top: 10px; }
.vg-card__head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.vg-card__quote { padding: 6px 8px; border-inline-start: 3px solid var(--vg-border); background: var(--vg-surface-2); }
.vg-options > li + li { margin-top: 6px; }
.vg-option {
  display: block; padding: 8px 10px; border: 1px solid var(--vg-border); border-radius: 8px; cursor: pointer;
}
.vg-option[aria-selected="true"] { border-width: 2px; border-color: var(--vg-focus); padding: 7px 9px; }
.vg-option__title { font-weight: 700; }
.vg-option__body { display: block; margin-top: 2px; white-space: pre-wrap; overflow-wrap: anywhere; }
.vg-option__why { margin-top: 4px; font-size: 12px; }
.vg-option__why li::before { content: "\\2022\\00a0"; }
.vg-reply > * + * { margin-top: 10px; }
.vg-fields { border: 0; padding: 0; margin: 0; min-width: 0; }
.vg-field { display: block; }
.vg-field + .vg-field { margin-top: 6px; }
.vg-field__label { display: block; font-weight: 600; }
.vg-field input {
  display: block; width: 100%; margin-top: 2px; padding: 4px 6px;
  border: 1px solid var(--vg-border); border-radius: 6px; background: var(--vg-surface); color: var(--vg-text);
}
.vg-field input[aria-invalid="true"] { border-color: var(--vg-danger-fg); }
.vg-preview {
  margin-top: 2px; padding: 8px; border: 1px dashed var(--vg-border); border-radius: 6px; background: var(--vg-surface-2);
  white-space: pre-wrap; overflow-wrap: anywhere;
}
.vg-counter { margin-top: 2px; font-variant-numeric: tabular-nums; }
.vg-counter[data-over="true"] { color: var(--vg-danger-fg); font-weight: 700; }
.vg-warnings { padding: 8px 10px; border-radius: 8px; border: 1px solid var(--vg-warn-border); background: var(--vg-warn-bg); color: var(--vg-warn-fg); }
.vg-warnings li + li { margin-top: 3px; }
.vg-card__actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.vg-blocked { color: var(--vg-danger-fg); }
.vg-status[data-status="inserted"], .vg-status[data-status="clipboard"] { color: var(--vg-ok-fg); font-weight: 600; }
.vg-status[data-status="error"] { color: var(--vg-danger-fg); font-weight: 600; }
`;

/** Everything, for a shadow root that may hold any of the components. */
export const PAGE_CSS = [BASE_CSS, BADGE_CSS, HEAT_CSS, PANEL_CSS, CARD_CSS].join('\n');
