/**
 * Bytes → text. Detects the encoding of a document (BOM, UTF-16 NUL pattern,
 * strict UTF-8, then GB18030 vs Big5 by a domain lexicon), flags binary data
 * and normalises line ends. Pure: no console, no process.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { decodeWith, decoderFor, resolveEncoding, sniffBom } from './decode-encodings.js';
import { countChar, guessUtf16, lexiconScore, looksBinary, SAMPLE } from './decode-heuristics.js';
import { faultCount, gbkInDisguise, mostlyUtf8 } from './mojibake.js';

export { resolveEncoding, sniffBom } from './decode-encodings.js';
export { lexiconScore } from './decode-heuristics.js';

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

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
