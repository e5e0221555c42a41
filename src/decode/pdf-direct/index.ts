/**
 * PDF text without pdf.js, for the PDFs that need nothing more: text items
 * per page, equal to what pdf.js's getTextContent gives (same strings, same
 * positions and widths), at a fraction of its cost — no worker messages, no
 * glyph programs, no per-glyph objects. Whatever this reader does not handle
 * (encryption, a damaged cross-reference, fonts whose text pdf.js derives
 * from glyph names or font programs, vertical or right-to-left writing)
 * makes it return null, and the caller reads the file with pdf.js.
 */
import { pageItems, type Context } from './content.js';
import { PdfFile } from './file.js';
import type { TextItem } from './items.js';
import { Unsupported } from './syntax.js';

export type { TextItem };

/**
 * The text items of every page, or null when this reader cannot vouch for
 * them. `cmapDir` is pdf.js's folder of packed CMaps (with a trailing slash).
 */
export function readTextItems(bytes: Uint8Array, cmapDir: string): { pages: TextItem[][]; reason?: undefined } | { pages: null; reason: string } {
  try {
    const file = new PdfFile(bytes);
    const ctx: Context = { file, cmapDir, fonts: new Map() };
    const pages = file.pages().map((p) => pageItems(ctx, p));
    if (pages.length === 0) return { pages: null, reason: 'no pages' };
    return { pages };
  } catch (e) {
    // Any failure, expected or not, leaves the file to pdf.js, which knows how to repair or report it.
    return { pages: null, reason: e instanceof Unsupported ? e.message : `error: ${(e as Error)?.message ?? e}` };
  }
}
