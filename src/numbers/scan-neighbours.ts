/**
 * What stands around a numeral in the quantity scanner: spaces, an ordinal
 * or code before it, a minus sign, qualifier and currency words before it,
 * and the unit and qualifier words after it.
 */
import type { Qualifier } from '../record/types.js';
import {
  codeUnitTable,
  CURRENCY_PREFIXES,
  MAX_SPACES,
  QUALIFIER_PREFIXES,
  SPACES,
  SUFFIX_QUALIFIERS,
  SUFFIX_RE,
  UNIT_RE,
  VAGUE_OR_QUALIFIER_PREFIXES,
  longestWord,
  type PrefixWord,
} from './lexicon.js';
import { NUMERAL_RUN_CHARS } from './numeral.js';

export const IN_RUN = codeUnitTable(NUMERAL_RUN_CHARS);

const QUALIFIER_PREFIX_LENGTH = longestWord(VAGUE_OR_QUALIFIER_PREFIXES);
export const CURRENCY_PREFIX_LENGTH = longestWord(CURRENCY_PREFIXES);
/** The last code unit of each word before a number: one look rejects most positions. */
const lastUnitTable = (words: Iterable<string>): Uint8Array => codeUnitTable([...words].map((w) => w[w.length - 1]!));
const QUALIFIER_LAST_UNITS = lastUnitTable(VAGUE_OR_QUALIFIER_PREFIXES.keys());
export const CURRENCY_LAST_UNITS = lastUnitTable(CURRENCY_PREFIXES.keys());

/** Characters that, right before a numeral, make it an ordinal or part of a code (`第3`, `G20`, `1+N`). */
const BLOCKING_BEFORE = '第_/\\@#&=+.．';
/** Signs that make a number negative when they touch it (`-3.2%`); dashes (—, –) do not. */
const MINUS_SIGNS = '-－−';

export function skipSpaces(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_SPACES);
  while (i < limit && SPACES.includes(text[i]!)) i++;
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function blockedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isAsciiLetter(c) || BLOCKING_BEFORE.includes(text[i - 1]!)) return true;
  let p = i;
  for (let n = 0; n < MAX_SPACES && p > 0 && SPACES.includes(text[p - 1]!); n++) p--;
  return p < i && text[p - 1] === '第'; // 第 3 名
}

/**
 * A minus sign right before the numeral at i (`增长-3.2%`): not a dash
 * between two figures (`5%-10%`), a range (`2018-2020`) or a code (`COVID-19`).
 */
export function signBefore(text: string, i: number, floor: number): boolean {
  if (i === 0 || !MINUS_SIGNS.includes(text[i - 1]!) || (floor > 0 && floor === i - 1)) return false;
  const c = text.charCodeAt(i - 2); // NaN at the start of the text
  return IN_RUN[c] !== 1 && !isAsciiLetter(c);
}

/** The longest word of the table that ends at pos (spaces allowed between), not before floor. */
export function lookBehind<T>(
  text: string,
  pos: number,
  floor: number,
  table: ReadonlyMap<string, T>,
  lastUnits: Uint8Array,
  maxLength: number,
  notAfter: (entry: T) => string | undefined,
): { start: number; entry: T } | null {
  let p = pos;
  for (let n = 0; n < MAX_SPACES && p > floor && SPACES.includes(text[p - 1]!); n++) p--;
  if (p === floor || lastUnits[text.charCodeAt(p - 1)] !== 1) return null;
  for (let len = Math.min(maxLength, p - floor); len >= 1; len--) {
    const entry = table.get(text.slice(p - len, p));
    if (entry === undefined) continue;
    const guard = notAfter(entry);
    if (guard && p - len > 0 && guard.includes(text[p - len - 1]!)) continue;
    return { start: p - len, entry };
  }
  return null;
}

const prefixGuard = (w: PrefixWord): string | undefined => w.notAfter;
export const noGuard = (): undefined => undefined;

export function qualifierBefore(
  text: string,
  pos: number,
  floor: number,
  bareMagnitude: boolean,
): { start: number; qualifier: Qualifier } | null {
  const table = bareMagnitude ? VAGUE_OR_QUALIFIER_PREFIXES : QUALIFIER_PREFIXES;
  const r = lookBehind(text, pos, floor, table, QUALIFIER_LAST_UNITS, QUALIFIER_PREFIX_LENGTH, prefixGuard);
  return r && { start: r.start, qualifier: r.entry.qualifier };
}

export function unitAt(text: string, pos: number): string | undefined {
  UNIT_RE.lastIndex = pos;
  return UNIT_RE.exec(text)?.[0];
}

export function qualifierAfter(text: string, pos: number): { end: number; qualifier: Qualifier } | null {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  return m && { end: pos + m[0].length, qualifier: SUFFIX_QUALIFIERS.get(m[0])! };
}

