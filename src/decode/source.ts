/**
 * One call for the CLI and the library: bytes (or a file) → decoded text,
 * HTML converted to text, with the encoding, title and warnings.
 */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { SourceText } from '../types.js';
import { decodeBytes, sniffBom } from './decode.js';
import { htmlToText, isHtml, sniffHtmlCharset } from './html.js';

export interface Loaded extends SourceText {
  text: string;
  encoding: string;
  title: string | null;
  /** Not text: the CLI skips the file (with one warning); `text` is ''. */
  binary: boolean;
  /** Decoder notes (guessed encoding, undecodable bytes…), without the file name. */
  warnings: string[];
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

/** Read a file and pass it through readSource. Rejects with the fs error if it cannot be read. */
export async function loadFile(path: string, opts: { encoding?: string } = {}): Promise<Loaded> {
  const bytes = await readFile(path);
  return readSource(bytes, { path, encoding: opts.encoding });
}
