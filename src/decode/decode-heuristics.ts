/**
 * The guesses decoding rests on: how many domain words a decoding yields,
 * whether decoded text looks like binary data, and the UTF-16 byte order that
 * NUL bytes point to.
 */
import { isUtf8 } from 'node:buffer';
import { decodeWith } from './decode-encodings.js';

/** How many leading bytes / characters the heuristics look at. */
export const SAMPLE = 64 * 1024;

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

export function countChar(s: string, ch: string): number {
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
export function looksBinary(text: string): boolean {
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
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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
