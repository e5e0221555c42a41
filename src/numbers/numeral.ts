/**
 * Numerals as they are written: Arabic digits (half- or full-width, with
 * thousands separators and a decimal point), Chinese numerals, and mixtures
 * (`1.2万`, `3万4000`). A numeral run is split at punctuation that does not
 * belong to a number, and folded to the form chinese.ts reads.
 */

import { CHINESE_DIGITS, CHINESE_POINTS, CHINESE_ZEROS, MAGNITUDES, readChineseNumeral } from './chinese.js';
import { shift } from './decimal.js';

const CHINESE_NUMERAL_CHARS = [...CHINESE_DIGITS.keys(), ...CHINESE_ZEROS, ...MAGNITUDES.keys()].join('');

/** The characters a numeral may start with: digits (half- and full-width), Chinese digits and magnitudes. */
export const NUMERAL_START_CHARS = `0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}`;
/** What may follow inside a numeral run: also 点, points and commas (split later by lastNumeralStart). */
export const NUMERAL_RUN_CHARS = `${NUMERAL_START_CHARS}${CHINESE_POINTS}.．,，`;

/** The longest numeral read; longer runs are no quantity (and never cost quadratic time). */
const MAX_NUMERAL_LENGTH = 40;

/** An Arabic number (no redundant leading zero), optionally followed by one of 万 and 亿. */
const SIMPLE_RE = /^((?:0|[1-9]\d*)(?:\.\d+)?)([万萬亿億])?$/;

const FULL_NUMERAL_RE = new RegExp(`^[${NUMERAL_START_CHARS}][${NUMERAL_RUN_CHARS}]*$`);

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const COMMA = 0x2c;
const FULLWIDTH_COMMA = 0xff0c;
const POINT = 0x2e;
const FULLWIDTH_POINT = 0xff0e;

/**
 * Where the last numeral of the run text[start, end) begins, or -1 when the
 * run does not end in a readable numeral.
 *
 * - `,` and `，` group thousands when the first group has 1–3 digits and
 *   every group after it exactly 3, followed by a non-digit (`1,273.36`).
 *   Otherwise `，` is a clause comma and the next numeral starts after it;
 *   a `,` squeezed between digits (`1,2345`) is a malformed number and
 *   nothing after it is read.
 * - `.` and `．` are a decimal point between digits, once per number;
 *   anywhere else (`1..2`, `1.2.3`, a trailing `1.`) nothing after it is read.
 */
export function lastNumeralStart(text: string, start: number, end: number): number {
  let segStart = start;
  let unreadable = false;
  let digits = 0; // length of the current run of digits
  let grouped = false; // the current digits follow a grouping comma
  let point = false; // the current number already has its decimal point
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      continue;
    }
    if (c === COMMA || c === FULLWIDTH_COMMA) {
      const firstGroupOk = grouped ? digits === 3 : digits >= 1 && digits <= 3;
      if (
        firstGroupOk &&
        !point &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !isDigit(text.charCodeAt(i + 4))
      ) {
        grouped = true;
        digits = 0;
        continue;
      }
      unreadable = c === COMMA && digits > 0 && isDigit(text.charCodeAt(i + 1));
    } else if (c === POINT || c === FULLWIDTH_POINT) {
      if (digits > 0 && !point && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
        point = true;
        grouped = false;
        digits = 0;
        continue;
      }
      unreadable = true;
    } else {
      // A Chinese digit right before an Arabic digit is no part of the number (`大陆5,002件`, `第三2项`):
      // the numeral starts after it.
      if (CHINESE_DIGITS.has(text[i]) && isDigit(text.charCodeAt(i + 1))) {
        segStart = i + 1;
        digits = 0;
        grouped = false;
        point = false;
        continue;
      }
      // A Chinese numeral character ends the Arabic number, not the numeral.
      digits = 0;
      grouped = false;
      point = false;
      continue;
    }
    segStart = i + 1;
    digits = 0;
    grouped = false;
    point = false;
  }
  return unreadable || segStart >= end ? -1 : segStart;
}

/** What fold changes: full-width digits and point, commas. */
const NEEDS_FOLDING_RE = /[０-９．,，]/;

/** Full-width digits and point to ASCII, grouping commas dropped. */
function fold(raw: string): string {
  if (!NEEDS_FOLDING_RE.test(raw)) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 0x30);
    else if (c === FULLWIDTH_POINT) out += '.';
    else if (c !== COMMA && c !== FULLWIDTH_COMMA) out += raw[i];
  }
  return out;
}

/**
 * Reads one numeral as found by lastNumeralStart (its commas are all
 * grouping commas) to an exact decimal string, or null.
 */
export function readNumeral(raw: string, allowZhao = false): string | null {
  if (raw.length === 0 || raw.length > MAX_NUMERAL_LENGTH) return null;
  const folded = fold(raw);
  // The common case, an Arabic number with at most one magnitude (9.9万, 1273.36亿), skips the section parser.
  const simple = SIMPLE_RE.exec(folded);
  if (simple !== null) return shift(simple[1]!, simple[2] === undefined ? 0 : MAGNITUDES.get(simple[2])!);
  return readChineseNumeral(folded, allowZhao);
}

/**
 * A numeral without unit to an exact decimal string: `一千二百万` →
 * `"12000000"`, `1.2万` → `"12000"`, `1,273.36` → `"1273.36"`, `十二点五`
 * → `"12.5"`; null when malformed. 兆 is not read here: it is 10^12 only
 * in money (see scanQuantities).
 */
export function parseNumeral(s: string): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (!FULL_NUMERAL_RE.test(t) || lastNumeralStart(t, 0, t.length) !== 0) return null;
  return readNumeral(t);
}
