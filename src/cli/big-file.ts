/**
 * A big text file read as a stream of pieces, so that memory stays bounded by
 * the piece size, not the file size. The encoding is sniffed from the first
 * 64 KB (as the whole-file decoder would: BOM, UTF-16 NULs, UTF-8, else
 * GB18030 or Big5 by a lexicon), then the bytes are decoded chunk by chunk
 * (TextDecoder with stream: true) and cut at paragraph boundaries:
 *
 *   a piece ends at the first blank line after PIECE characters; when there is
 *   none in the next PIECE characters, at the first line end after 2×PIECE;
 *   then at the first 。 after 3×PIECE; at worst at 4×PIECE characters.
 *
 * Each piece is extracted as a document of its own (its own metadata), and
 * its records' lines are shifted by the lines before it: the records are those
 * of the file split into files at the same places.
 */
import { isOle2, kindByExtension, sniffDocument } from '../decode/sniff.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeBytes, resolveEncoding, sniffBom } from '../decode/decode.js';
import { isHtml } from '../decode/html-sniff.js';

export interface Piece {
  text: string;
  /** Lines of the file before this piece. */
  lineOffset: number;
}

export type PieceEvent = { kind: 'piece'; piece: Piece } | { kind: 'binary' } | { kind: 'warning'; message: string } | { kind: 'whole' };

/** Files larger than this many bytes are streamed (EXTRACT_STREAM_BYTES overrides it, for tests). */
export const STREAM_BYTES = 16 * 1024 * 1024;
/** Characters per piece, before looking for a boundary (EXTRACT_PIECE_CHARS overrides it). */
export const PIECE_CHARS = 1024 * 1024;
const CHUNK = 1024 * 1024;
const SAMPLE = 64 * 1024;

/** Whether the first bytes say HTML (the caller then reads the file whole). */
export function looksLikeHtml(path: string, head: Uint8Array): boolean {
  return isHtml(path, Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 2048)).toString('latin1'));
}

/** The first bytes cut after their last line feed, so a multi-byte character is never cut in two. */
function sampleOf(head: Uint8Array): Uint8Array {
  const n = Math.min(head.length, SAMPLE);
  if (head.length <= SAMPLE) return head;
  let end = n;
  while (end > 0 && head[end - 1] !== 0x0a) end--;
  if (end === 0) end = n;
  // UTF-16: keep whole code units (LF is 0A 00 in LE: the cut lands between them).
  if (end % 2 === 1 && head.subarray(0, n).includes(0)) end++;
  return head.subarray(0, end);
}

/** A blank line: two line ends with at most 16 spaces between them. */
const BLANK = /\n[ \t\u3000]{0,16}\n/g;

/**
 * Where the piece at the start of `buf` ends (the rule above, `min` = PIECE),
 * or -1 when more text is needed to decide. `final`: no more text will come.
 * The answer never depends on how much text beyond the cut has been read.
 */
export function pieceEnd(buf: string, min: number, final: boolean): number {
  const n = buf.length;
  if (n <= min) return final ? n : -1;
  BLANK.lastIndex = min;
  const b = BLANK.exec(buf);
  if (b && b.index < 2 * min) return b.index + b[0].length;
  if (!final && n < 2 * min + 18) return -1; // a blank line may still start before 2×min
  const nl = buf.indexOf('\n', 2 * min);
  if (nl >= 0 && nl < 3 * min) return nl + 1;
  if (!final && n < 3 * min) return -1;
  const stop = buf.indexOf('。', 3 * min);
  if (stop >= 0 && stop < 4 * min) return stop + 1;
  if (n >= 4 * min) {
    const c = 4 * min;
    const high = buf.charCodeAt(c - 1);
    return high >= 0xd800 && high <= 0xdbff ? c - 1 : c; // never between the halves of a surrogate pair
  }
  return final ? n : -1;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** PDF, a ZIP (DOCX) or an OLE2 file (DOC), by its first bytes or its name: read whole by its own reader. */
function isPagedOrPacked(path: string, head: Uint8Array): boolean {
  if (kindByExtension(path) !== null || sniffDocument(head) !== null || isOle2(head)) return true;
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Stream a file's pieces (`whole` for HTML, which is read as one document). Throws the fs error when the file cannot be read. */
export function* filePieces(path: string, opts: { encoding?: string; pieceChars?: number; chunkBytes?: number } = {}): Generator<PieceEvent> {
  const min = opts.pieceChars ?? PIECE_CHARS;
  const size = Math.max(opts.chunkBytes ?? CHUNK, 4);
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(Math.max(size, SAMPLE));
    // The first read fills the sample the encoding is sniffed from.
    let got = readSync(fd, chunk, 0, Math.max(size, SAMPLE), null);
    const head = chunk.subarray(0, got);
    if (looksLikeHtml(path, head) || isPagedOrPacked(path, head)) {
      yield { kind: 'whole' }; // HTML, PDF and Word are converted as whole documents
      return;
    }
    let encoding: string;
    let skip = 0;
    if (opts.encoding) {
      encoding = resolveEncoding(opts.encoding);
      const bom = sniffBom(head);
      if (bom && bom.encoding === encoding) skip = bom.length;
    } else {
      const sniffed = decodeBytes(sampleOf(head));
      if (sniffed.binary) {
        yield { kind: 'binary' };
        return;
      }
      encoding = sniffed.encoding;
      for (const w of sniffed.warnings) if (!/U\+FFFD/.test(w)) yield { kind: 'warning', message: w };
      const bom = sniffBom(head);
      if (bom && bom.encoding === encoding) skip = bom.length;
    }
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    let buf = '';
    let lineOffset = 0;
    let pendingCR = false;
    let replaced = 0;
    let chars = 0;
    let first = true;
    for (;;) {
      const end = got === 0;
      let text = end ? decoder.decode() : decoder.decode(chunk.subarray(first ? skip : 0, got), { stream: true });
      first = false;
      // Line ends as the whole-file decoder makes them: CRLF and CR become LF (a CR may end a chunk).
      if (pendingCR) text = '\r' + text;
      pendingCR = !end && text.endsWith('\r');
      if (pendingCR) text = text.slice(0, -1);
      if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
      for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
      chars += text.length;
      buf += text;
      for (let cut = pieceEnd(buf, min, end); cut > 0; cut = pieceEnd(buf, min, end)) {
        const piece = buf.slice(0, cut);
        buf = buf.slice(cut);
        yield { kind: 'piece', piece: { text: piece, lineOffset } };
        lineOffset += countLines(piece);
        if (buf.length === 0) break;
      }
      if (end) break;
      got = readSync(fd, chunk, 0, size, null);
    }
    if (replaced > 0 && (encoding === 'utf-8' || replaced / chars > 0.001)) {
      const pct = ((100 * replaced) / chars).toFixed(replaced / chars < 0.01 ? 2 : 1);
      yield { kind: 'warning', message: `${replaced} of ${chars} characters (${pct}%) could not be decoded as ${encoding} and became U+FFFD` };
    }
  } finally {
    closeSync(fd);
  }
}
