/**
 * Light or dark: which of our palettes sits best beside the page. The platforms switch themes with
 * classes and their own setting, not only with the system preference, so the page's background is
 * the better witness; the system preference is the fallback when the page is transparent.
 */
export type PageTheme = 'light' | 'dark';

/** Parses `rgb(r, g, b)` / `rgba(r, g, b, a)` / `rgb(r g b / a)`; null for anything else. */
export function parseCssColour(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function detectPageTheme(doc: Document = document): PageTheme {
  const view = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !view) continue;
    const colour = parseCssColour(view.getComputedStyle(el).backgroundColor);
    if (colour && colour.a > 0.5) return relativeLuminance(colour.r, colour.g, colour.b) < 0.35 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
