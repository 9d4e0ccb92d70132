/**
 * Saves text as a file from an extension page: a Blob URL on a temporary <a download>. No
 * `downloads` permission needed, and nothing leaves the browser.
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `vigie-replies-2024-05-01.json`: a name that sorts by date in a downloads folder. */
export function datedFilename(stem: string, ext: string, now = new Date()): string {
  return `vigie-${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}

export const MIME = { json: 'application/json', csv: 'text/csv', markdown: 'text/markdown' } as const;
