/**
 * One call for the CLI and the library: bytes (or a file) → decoded text,
 * HTML converted to text, PDF and Word documents read, with the encoding,
 * title, pages and warnings.
 */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { SourceText } from '../record/types.js';
import { decodeBytes, sniffBom } from './decode.js';
import { DocumentError } from './errors.js';
import { htmlToText, isHtml, sniffHtmlCharset } from './html.js';
import { isOle2, kindByExtension, sniffDocument, type DocumentKind } from './sniff.js';

export interface Loaded extends SourceText {
  text: string;
  encoding: string;
  title: string | null;
  /** Not text: the CLI skips the file (with one warning); `text` is ''. */
  binary: boolean;
  /** Decoder notes (guessed encoding, undecodable bytes…), without the file name. */
  warnings: string[];
  /** For PDF and Word documents: which (their `encoding` says the same). */
  format?: 'pdf' | 'docx' | 'doc';
}

export interface SourceOptions {
  /** The file's path or name: its extension marks HTML. */
  path?: string;
  /** An explicit encoding label (throws on unknown labels). */
  encoding?: string;
}

/** Whether the raw bytes may be HTML, judged before decoding (extension or an ASCII-compatible start). */
function mightBeHtml(path: string | undefined, bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2048);
  return isHtml(path, Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'));
}

/**
 * Decode a document's bytes and, if it is HTML, convert it to text (its
 * `<title>` becomes `title`). An HTML charset declaration is used when there is
 * no BOM and the bytes are not valid UTF-8. Throws only for an unknown
 * `opts.encoding`.
 */
export function readSource(bytes: Uint8Array, opts: SourceOptions = {}): Loaded {
  let declared: string | undefined;
  if (opts.encoding === undefined && sniffBom(bytes) === null && mightBeHtml(opts.path, bytes)) {
    declared = sniffHtmlCharset(bytes) ?? undefined;
  }
  const decoded = decodeBytes(bytes, { encoding: opts.encoding, declared });
  const { encoding, binary, warnings } = decoded;
  if (binary) return { text: '', encoding, title: null, binary, warnings };
  if (isHtml(opts.path, decoded.text)) {
    const { text, title } = htmlToText(decoded.text);
    return { text, encoding, title, binary, warnings };
  }
  return { text: decoded.text, encoding, title: null, binary, warnings };
}

const NAMES: Record<'pdf' | 'docx' | 'doc', string> = { pdf: 'PDF', docx: 'DOCX', doc: 'Word document' };

/** Why bytes that claim (by extension) to be a document are not one. */
function notThe(kind: 'pdf' | 'docx' | 'doc', bytes: Uint8Array): DocumentError {
  if (bytes.length === 0) return new DocumentError(`empty file: not a ${NAMES[kind]}`);
  const why = { pdf: 'no %PDF- header', docx: 'not a ZIP package with word/document.xml', doc: 'not an OLE2 file with a WordDocument stream' };
  return new DocumentError(`corrupt ${NAMES[kind]}: ${why[kind]}`);
}

async function readKind(kind: DocumentKind, bytes: Uint8Array): Promise<Loaded> {
  if (kind === 'encrypted-office') throw new DocumentError('encrypted Word document: a password is needed to open it');
  const base = { encoding: kind, title: null, binary: false, format: kind } as const;
  if (kind === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    const { text, pages, warnings } = await readPdf(bytes);
    return { ...base, text, pages, warnings };
  }
  const word = await import('./word.js');
  const { text, warnings } = await (kind === 'docx' ? word.readDocx(bytes) : word.readDoc(bytes));
  return { ...base, text, warnings };
}

/**
 * Read any document: PDF, .docx and .doc by their content (magic bytes),
 * everything else through readSource. A file whose extension says .pdf,
 * .docx or .doc but whose content is binary data of another kind is corrupt.
 * Rejects with a DocumentError (encrypted, no text layer, truncated,
 * corrupt), or for an unknown `opts.encoding`.
 */
export async function readDocument(bytes: Uint8Array, opts: SourceOptions = {}): Promise<Loaded> {
  const kind = sniffDocument(bytes);
  if (kind !== null) return readKind(kind, bytes);
  const claimed = kindByExtension(opts.path);
  if (claimed && bytes.length === 0) throw notThe(claimed, bytes);
  // A .doc cut short may have lost the directory that names its streams: let the reader say what is wrong.
  if (claimed === 'doc' && isOle2(bytes)) return readKind('doc', bytes);
  const loaded = readSource(bytes, opts);
  if (claimed && loaded.binary) throw notThe(claimed, bytes);
  return loaded;
}

/** Read a file and pass it through readDocument. Rejects with the fs error if it cannot be read. */
export async function loadFile(path: string, opts: { encoding?: string } = {}): Promise<Loaded> {
  const bytes = await readFile(path);
  return readDocument(bytes, { path, encoding: opts.encoding });
}
