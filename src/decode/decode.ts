/**
 * Bytes → text. Detects the encoding of a document (BOM, UTF-16 NUL pattern,
 * strict UTF-8, then GB18030 vs Big5 by a domain lexicon), flags binary data
 * and normalises line ends. Pure: no console, no process.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { faultCount, gbkInDisguise, mostlyUtf8 } from './mojibake.js';

export interface Decoded {
  /** The decoded text, line ends normalised to LF, BOM removed. '' when `binary`. */
  text: string;
  /** The encoding used, as TextDecoder names it (`utf-8`, `gb18030`, `gbk`, `big5`, `utf-16le`…). */
  encoding: string;
  /** True when the bytes are not text (unexplained NULs, many control characters or U+FFFD). */
  binary: boolean;
  /** Human-readable notes (guessed Big5, undecodable bytes…); no file name in them. */
  warnings: string[];
}

export interface DecodeOptions {
  /** An explicit encoding label; always wins. Unknown labels throw. */
  encoding?: string;
  /**
   * A charset the document declares about itself (an HTML `<meta charset>`). It is
   * preferred to the GB18030 guess when there is no BOM and the bytes are not
   * valid UTF-8, unless another candidate reads clearly better. Unknown labels
   * only produce a warning.
   */
  declared?: string;
}

/** How many leading bytes / characters the heuristics look at. */
const SAMPLE = 64 * 1024;

/** Labels people use that are not WHATWG labels, mapped to one that is. */
const ALIASES: Record<string, string> = {
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  cp54936: 'gb18030',
  cp950: 'big5',
  ms950: 'big5',
  'windows-950': 'big5',
  cp1200: 'utf-16le',
  cp1201: 'utf-16be',
  cp65001: 'utf-8',
  utf8: 'utf-8',
};

const SUGGESTED = ['utf-8', 'gb18030', 'gbk', 'gb2312', 'big5', 'utf-16le', 'utf-16be', 'cp936'];

const decoders = new Map<string, TextDecoder>();

/** A cached non-fatal decoder; ignoreBOM so that the caller decides about BOMs. */
function decoderFor(encoding: string): TextDecoder {
  let d = decoders.get(encoding);
  if (d === undefined) {
    d = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

/**
 * The canonical encoding name for a label (`GB2312` → `gbk`, `cp936` → `gbk`,
 * `UTF8` → `utf-8`). Throws an Error naming the label and listing valid ones.
 */
export function resolveEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  const mapped = ALIASES[key] ?? key;
  let encoding: string | undefined;
  if (mapped !== '') {
    try {
      encoding = decoderFor(mapped).encoding;
    } catch {
      encoding = undefined;
    }
  }
  if (encoding === undefined) {
    throw new Error(
      `unknown encoding "${label}"; use a WHATWG encoding label such as ${SUGGESTED.join(', ')}`,
    );
  }
  if (!decoders.has(encoding)) decoders.set(encoding, decoderFor(mapped));
  return encoding;
}

interface Bom {
  encoding: string;
  length: number;
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b0 === 0x84 && b1 === 0x31 && b2 === 0x95 && b3 === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decode with a cached decoder. BOMs are removed by the callers (sniffBom), so a U+FEFF after one is kept. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  return decoderFor(encoding).decode(bytes);
}

/**
 * Words that are frequent in the documents this tool reads, simplified and
 * traditional. A wrong legacy decoding (Big5 read as GB18030 or the reverse)
 * yields no U+FFFD, but almost never yields these words.
 */
const LEXICON = /亿元|万元|专利|技术|联盟|基金|同比|增长|的|年|億元|萬元|專利|技術|聯盟|增長/g;

/**
 * Number of lexicon hits in `text`, or in its first `maxChars` characters;
 * counting stops at `maxHits`.
 */
export function lexiconScore(text: string, maxHits = Infinity, maxChars = Infinity): number {
  LEXICON.lastIndex = 0;
  let n = 0;
  for (let m = LEXICON.exec(text); m !== null && m.index < maxChars; m = LEXICON.exec(text)) {
    if (++n >= maxHits) break;
  }
  return n;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** How many leading characters the binary verdict looks at (git looks at 8000 bytes). */
const BINARY_SAMPLE = 4096;

/**
 * Whether decoded text looks like binary data, judged on its first
 * BINARY_SAMPLE characters: more than 5% control characters (tab, LF, VT, FF,
 * CR and ESC are not counted), or more than 30% control characters and U+FFFD
 * together. Random bytes decoded as GB18030 give ~14% control characters and
 * ~12% U+FFFD; documents give ~0.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SAMPLE);
  if (n === 0) return false;
  let ctrl = 0;
  let replaced = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c < 0x09 || (c > 0x0d && c !== 0x1b)) ctrl++;
    } else if (c >= 0x7f && c <= 0x9f) ctrl++;
    else if (c === 0xfffd) replaced++;
  }
  return ctrl / n > 0.05 || (ctrl + replaced) / n > 0.3;
}

/**
 * For bytes without BOM that contain NULs: the UTF-16 byte order their NULs
 * point to, or null (then the NULs are unexplained: binary).
 * ASCII in UTF-16LE puts NULs at odd offsets, in UTF-16BE at even ones. A CJK
 * code unit U+xx00 (一 U+4E00) puts one on the other side, so NULs at least 3×
 * more frequent on one side settle it; a mixed pattern (binary data, or CJK
 * text with many 一) is UTF-16 only if one byte order yields lexicon words.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) if (bytes[i] === 0) even++;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) odd++;
  // Valid UTF-8 with a few NULs is UTF-8 with stray NULs (binary), not UTF-16;
  // UTF-16 that is also valid UTF-8 is ASCII-heavy and therefore NUL-heavy.
  if ((even + odd) / n < 0.25 && isUtf8(bytes)) return null;
  const major = odd >= even ? 'utf-16le' : 'utf-16be';
  const minor = major === 'utf-16le' ? 'utf-16be' : 'utf-16le';
  if (Math.max(even, odd) >= 3 * Math.min(even, odd)) return major;
  const sample = bytes.subarray(0, n);
  const majorScore = lexiconScore(decodeWith(major, sample));
  const minorScore = lexiconScore(decodeWith(minor, sample));
  if (majorScore === 0 && minorScore === 0) return null;
  return minorScore > majorScore ? minor : major;
}

function binaryResult(encoding: string): Decoded {
  return { text: '', encoding, binary: true, warnings: [] };
}

/**
 * Line ends, U+FFFD warning and the binary verdict, shared by every path. The
 * warning needs more than 0.1% U+FFFD, or any with `reportAnyFffd` (lossy UTF-8).
 */
function finish(raw: string, encoding: string, warnings: string[], reportAnyFffd = false): Decoded {
  if (looksBinary(raw)) return binaryResult(encoding);
  const text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
  const replaced = countChar(text, '\uFFFD');
  if (replaced > 0 && (reportAnyFffd || replaced / text.length > 0.001)) {
    const pct = ((100 * replaced) / text.length).toFixed(replaced / text.length < 0.01 ? 2 : 1);
    warnings.push(
      `${replaced} of ${text.length} characters (${pct}%) could not be decoded as ${encoding} and became U+FFFD`,
    );
  }
  return { text, encoding, binary: false, warnings };
}

/** Decode valid UTF-8 without BOM (see the report: TextDecoder and Buffer#toString measured equal). */
function decodeUtf8(bytes: Uint8Array): string {
  return decoderFor('utf-8').decode(bytes);
}

/** Same family for BOM-vs-explicit comparison (gbk and gb18030 share a decoder). */
function family(encoding: string): string {
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

/**
 * Decode a document's bytes. Never throws except for an unknown explicit
 * `opts.encoding`.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];

  if (opts.encoding !== undefined) {
    const encoding = resolveEncoding(opts.encoding);
    const bom = sniffBom(bytes);
    let body = bytes;
    if (bom !== null) {
      if (family(bom.encoding) === family(encoding)) body = bytes.subarray(bom.length);
      else
        warnings.push(
          `the data starts with a ${bom.encoding} byte-order mark, but the encoding ${encoding} was requested; decoding as ${encoding}`,
        );
    }
    // An explicit encoding is the escape hatch for text with stray NULs: only
    // the share of control characters decides about binary here.
    return finish(decodeWith(encoding, body), encoding, warnings);
  }

  if (bytes.length === 0) return { text: '', encoding: 'utf-8', binary: false, warnings };

  const bom = sniffBom(bytes);
  if (bom !== null) return finish(decodeWith(bom.encoding, bytes.subarray(bom.length)), bom.encoding, warnings);

  if (asBuffer(bytes).indexOf(0) !== -1) {
    const utf16 = guessUtf16(bytes);
    if (utf16 === null) return binaryResult(isUtf8(bytes) ? 'utf-8' : 'gb18030');
    return finish(decodeWith(utf16, bytes), utf16, warnings);
  }

  if (isUtf8(bytes)) {
    if (!gbkInDisguise(bytes, decodeWith)) return finish(decodeUtf8(bytes), 'utf-8', warnings);
    warnings.push('guessed gb18030: the bytes are valid UTF-8 only by accident (their UTF-8 reading mixes unrelated scripts); set the encoding explicitly if this is wrong');
    return finish(decodeWith('gb18030', bytes), 'gb18030', warnings);
  }

  return decodeLegacy(bytes, opts.declared, warnings);
}

/** A decoding this many lexicon hits within its first CONFIDENT_CHARS characters is taken at once. */
const CONFIDENT_HITS = 8;
const CONFIDENT_CHARS = 4096;

/**
 * No BOM, no NUL, not strict UTF-8. Candidates, in order: UTF-8 if the bytes are
 * mostly UTF-8, the declared charset, GB18030, Big5. Each is decoded on the
 * first SAMPLE bytes; the first one with CONFIDENT_HITS lexicon hits in its
 * first CONFIDENT_CHARS characters wins at once (a wrong legacy decoding has
 * next to none, notes §2.2); otherwise the highest lexicon score over the sample
 * wins; on equal scores (a line too short to hold a common word) the one with
 * fewer undecodable or control characters, then the earlier candidate.
 */
function decodeLegacy(bytes: Uint8Array, declared: string | undefined, warnings: string[]): Decoded {
  const candidates: string[] = [];
  const add = (c: string): void => {
    if (!candidates.some((d) => family(d) === family(c))) candidates.push(c);
  };
  const utf8ish = mostlyUtf8(bytes);
  if (utf8ish) add('utf-8');
  if (declared !== undefined && declared.trim() !== '') {
    try {
      const d = resolveEncoding(declared);
      // HTML: a declaration that could be read as ASCII cannot be UTF-16; browsers read it as UTF-8.
      add(d.startsWith('utf-16') ? 'utf-8' : d);
    } catch {
      warnings.push(`ignoring the unknown charset "${declared}" the document declares`);
    }
  }
  add('gb18030');
  add('big5');
  const expected = candidates[0]!;

  const sampleBytes = bytes.length > SAMPLE ? bytes.subarray(0, SAMPLE) : bytes;
  let best = 0;
  let bestText = '';
  let bestScore = -1;
  let bestFaults = Infinity;
  let expectedScore = 0;
  for (let i = 0; i < candidates.length; i++) {
    const text = decodeWith(candidates[i]!, sampleBytes);
    if (lexiconScore(text, CONFIDENT_HITS, CONFIDENT_CHARS) >= CONFIDENT_HITS) {
      best = i;
      bestText = text;
      bestScore = i === 0 ? CONFIDENT_HITS : lexiconScore(text); // only reported when i > 0
      bestFaults = 0;
      break;
    }
    const score = lexiconScore(text);
    if (i === 0) expectedScore = score;
    if (score < bestScore) continue;
    const faults = faultCount(text);
    if (score > bestScore || faults < bestFaults) {
      best = i;
      bestScore = score;
      bestFaults = faults;
      bestText = text;
    }
  }
  const encoding = candidates[best]!;
  if (best !== 0) {
    const what = !utf8ish && declared !== undefined && expected !== 'gb18030' ? `the declared ${expected}` : expected;
    const why = bestScore > expectedScore ? `(${bestScore} vs ${expectedScore} common words)` : `(it decodes without errors and ${what} does not)`;
    warnings.push(
      `guessed ${encoding}: no BOM, not valid UTF-8, and it reads more plausibly than ${what} ${why}; set the encoding explicitly if this is wrong`,
    );
  }
  const text = sampleBytes === bytes ? bestText : decodeWith(encoding, bytes);
  return finish(text, encoding, warnings, encoding === 'utf-8');
}
