/**
 * PDF text without pdf.js, for the PDFs that need nothing more: the runs of
 * text per page that pdf.js's getTextContent items give (same strings, same
 * positions and widths), at a fraction of its cost — no worker messages, no
 * glyph programs, no per-glyph objects. Whatever this reader does not handle
 * (encryption, a damaged cross-reference, fonts whose text pdf.js derives
 * from glyph names or font programs, vertical or right-to-left writing)
 * makes it return null, and the caller reads the file with pdf.js.
 */
import { pageRuns, type Context } from './content.js';
import { PdfFile } from './file.js';
import type { Run } from './run.js';
import { Unsupported } from './objects.js';

/**
 * The runs of text of every page, or null (with the reason) when this reader
 * cannot vouch for them. `cmapDir` is pdf.js's folder of packed CMaps (with a
 * trailing slash).
 */
export function readRuns(bytes: Uint8Array, cmapDir: string): { pages: Run[][]; reason?: undefined } | { pages: null; reason: string } {
  try {
    const file = new PdfFile(bytes);
    const ctx: Context = { file, cmapDir, fonts: new Map() };
    const pages = file.pages().map((p) => pageRuns(ctx, p));
    if (pages.length === 0) return { pages: null, reason: 'no pages' };
    return { pages };
  } catch (e) {
    // Any failure, expected or not, leaves the file to pdf.js, which knows how to repair or report it.
    return { pages: null, reason: e instanceof Unsupported ? e.message : `error: ${(e as Error)?.message ?? e}` };
  }
}
