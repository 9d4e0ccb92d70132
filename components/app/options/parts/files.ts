/** Reading the file a moderator picked in an <input type="file">. */

/** Largest file an import reads: libraries and registers are kilobytes, not megabytes. */
export const MAX_IMPORT_FILE_BYTES = 5_000_000;

export class FileReadError extends Error {}

/** The picked file's name and text, or null when nothing was picked. */
export async function readPickedFile(input: HTMLInputElement): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    throw new FileReadError(`${file.name}: ${file.size} bytes is too large (at most ${MAX_IMPORT_FILE_BYTES})`);
  }
  return { name: file.name, text: await file.text() };
}

/** Whether a picked file is CSV (by its extension, else by its first character). */
export function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  return !/^\s*[[{]/.test(text);
}
