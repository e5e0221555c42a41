/**
 * PDF → text with page offsets. The text items come from our own reader
 * (./pdf-direct: the same items as pdf.js, several times faster) when it can
 * vouch for them, else from pdf.js (pdfjs-dist, legacy build for Node 20,
 * with its CMaps for Chinese fonts that are not embedded), which also
 * repairs damaged files and reports encrypted ones. With pdf.js, pages are
 * read one at a time and released; only their rows of text are kept until
 * the running headers and footers are known. Both are loaded on demand:
 * reading text files loads neither.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentError, firstLine } from './errors.js';
import { dropFurniture } from './pdf-furniture.js';
import { pageLines } from './pdf-layout.js';
import { toRun } from './pdf-direct/run.js';
import { buildRows, type Run } from './pdf-rows.js';
import { joinPages, type PagedText } from './pdf-text.js';

export interface PdfText extends PagedText {
  warnings: string[];
  /** Which reader gave the text items: our own (`direct`) or pdf.js. */
  engine: 'direct' | 'pdf.js';
}

export interface PdfOptions {
  /** `pdf.js` skips the direct reader (to compare the two). */
  engine?: 'auto' | 'pdf.js';
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The minified legacy builds (Node 20): half the source for V8 to compile at start. */
const MAIN = 'pdfjs-dist/legacy/build/pdf.min.mjs';
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

let pdfjs: Promise<PdfJs> | null = null;
let assets: { cMapUrl: string; standardFontDataUrl: string } | null = null;

/**
 * Load pdf.js and its worker (run in this thread). The legacy build's
 * core-js polyfills replace Array.prototype.push, JSON.parse and
 * JSON.stringify with slower spec-edge-case versions for the whole process
 * (measured: a third of the time of a 300-page PDF, and every later JSON
 * record); the built-ins are put back once both modules are loaded. What
 * the polyfills add (Promise.withResolvers, Map.prototype.getOrInsert…) stays.
 */
async function importPdfJs(): Promise<PdfJs> {
  const push = Array.prototype.push;
  const { parse, stringify } = JSON;
  try {
    const lib = await import(MAIN);
    // The worker module registers itself as globalThis.pdfjsWorker: pdf.js then runs it in this thread.
    await import(WORKER);
    return lib as PdfJs;
  } finally {
    Array.prototype.push = push;
    JSON.parse = parse;
    JSON.stringify = stringify;
  }
}

function assetPaths(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    assets = { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  }
  return assets;
}

function load(): Promise<PdfJs> {
  assetPaths();
  return (pdfjs ??= importPdfJs());
}

/** pdf.js's text items of a page as runs (./pdf-direct/run.ts: rotated and blank text left out). */
function runsOf(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const it of items as { str?: string; transform?: number[]; width?: number }[]) {
    const t = it.transform;
    if (typeof it.str !== 'string' || !t) continue;
    const run = toRun(it.str, t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!, it.width ?? 0);
    if (run) runs.push(run);
  }
  return runs;
}

function explain(e: unknown): DocumentError {
  if (e instanceof DocumentError) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return new DocumentError('encrypted PDF: a password is needed to open it');
  if (name === 'InvalidPDFException') return new DocumentError(`corrupt or truncated PDF (${firstLine(e)})`);
  return new DocumentError(`cannot read the PDF (${firstLine(e)})`);
}

/** Page numbers as `3, 5–7`. */
function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? `${ns[i]}` : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** The runs of every page through pdf.js. */
async function pdfJsRuns(bytes: Uint8Array): Promise<Run[][]> {
  const lib = await load();
  // pdf.js may take over the buffer it is given: give it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: assets!.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets!.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Like a viewer: a broken font or content stream costs that text, not the document.
    stopAtErrors: false,
    verbosity: 0,
  });
  const pages: Run[][] = [];
  try {
    const doc = await task.promise;
    const runsAt = async (p: number): Promise<Run[]> => {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      page.cleanup();
      return runsOf(content.items);
    };
    // The next page is asked for while this one is taken in: pdf.js yields between time slices, and
    // the wait is used. A failure of a page read ahead is seen when its turn comes (never unhandled).
    let next: Promise<Run[] | Error> = runsAt(1).catch((e: Error) => e);
    for (let p = 1; p <= doc.numPages; p++) {
      const runs = await next;
      if (p < doc.numPages) next = runsAt(p + 1).catch((e: Error) => e);
      if (runs instanceof Error) throw runs;
      pages.push(runs);
    }
  } catch (e) {
    throw explain(e);
  } finally {
    await task.destroy();
  }
  return pages;
}

/**
 * The runs of text of every page, through the direct reader (null when it
 * leaves the file to pdf.js) or through pdf.js (which rejects with a
 * DocumentError for a file it cannot open). Exported to compare the two.
 */
export async function readPdfRuns(bytes: Uint8Array, engine: 'direct' | 'pdf.js'): Promise<Run[][] | null> {
  if (engine === 'pdf.js') return pdfJsRuns(bytes);
  const { readRuns } = await import('./pdf-direct/index.js');
  return readRuns(bytes, assetPaths().cMapUrl).pages;
}

/**
 * Read a PDF's text. Rejects with a DocumentError for an encrypted PDF, one
 * without any text layer (scanned), or one that is truncated or corrupt.
 */
export async function readPdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  const direct = opts.engine === 'pdf.js' ? null : await readPdfRuns(bytes, 'direct');
  const pages = (direct ?? (await pdfJsRuns(bytes))).map(buildRows);
  if (pages.length === 0) throw new DocumentError('corrupt PDF: it has no pages');
  const empty = pages.flatMap((rows, i) => (rows.length === 0 ? [i + 1] : []));
  if (empty.length === pages.length) throw new DocumentError('no text layer: OCR is not supported (a scanned PDF?)');
  const warnings: string[] = [];
  if (empty.length) warnings.push(`page${empty.length > 1 ? 's' : ''} ${ranges(empty)} of ${pages.length} ha${empty.length > 1 ? 've' : 's'} no text layer (scanned?): not read`);
  const lines = dropFurniture(pages).map(pageLines);
  return { ...joinPages(lines), warnings, engine: direct ? 'direct' : 'pdf.js' };
}
