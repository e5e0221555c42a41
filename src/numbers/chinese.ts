/**
 * The Chinese numeral reader, mixed forms included.
 *
 * Input is already folded to ASCII digits and `.` (numeral.ts does that) and
 * may mix Arabic numbers with Chinese digits and magnitudes:
 * `一千二百万`, `1.2万亿`, `3万4000`, `25万6千`, `2千零30万`, `十二点五`,
 * `壹仟贰佰`. It reads sections the way the language builds them:
 *
 * - a small group (千 > 百 > 十 > units, each magnitude at most once and in
 *   that order) is closed by a big magnitude: 万 (10^4), 亿 (10^8) and, only
 *   when the caller allows it (money in traditional texts), 兆 (10^12);
 * - a big magnitude multiplies everything since the previous bigger one, so
 *   `二十万亿` = 20 × 10^4 × 10^8 and `一万五千亿` = 15000 × 10^8;
 * - 零/〇 marks a gap (`一千零五` = 1005), a leading 十 means 一十 (`十二`),
 *   a single digit after a magnitude with nothing after it is elided
 *   (`三千五` = 3500, `一万五` = 15000), 点/點 starts a decimal fraction;
 * - a run of digits with 〇, or of three or more, and no magnitude is positional
 *   (`二〇二〇`, `二八三`).
 *
 * Anything else (two numbers side by side as in `十三五`, a magnitude out of
 * order, `万万`) is malformed and gives null: no guess.
 */

import { fromScaled } from './decimal.js';
import { CHINESE_DIGITS, CHINESE_POINTS, CHINESE_ZEROS, digitValue, MAGNITUDES, POSITIONAL_RE, positional, ZHAO } from './chinese-digits.js';

export { CHINESE_DIGITS, CHINESE_POINTS, CHINESE_ZEROS, MAGNITUDES, magnitudeChainExponent } from './chinese-digits.js';

const enum Kind {
  Num,
  Zero,
  Mag,
  Point,
}

interface Token {
  kind: Kind;
  /** Num: integer digits; Point: the fraction digits. */
  int: string;
  /** Num: fraction digits (Arabic `1.2`). */
  frac: string;
  /** Mag: the power of ten. */
  exp: number;
  /** Num: one integer digit (`五`, `5`), the kind that may be elided. */
  single: boolean;
}

function token(kind: Kind, int = '', frac = '', exp = 0, single = false): Token {
  return { kind, int, frac, exp, single };
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function tokenize(s: string, allowZhao: boolean): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < s.length && isAsciiDigit(s.charCodeAt(j))) j++;
      const int = s.slice(i, j);
      if (int.length > 1 && int.charCodeAt(0) === 0x30) return null; // 007, 000万: a fragment, not a number
      let frac = '';
      if (s[j] === '.') {
        let k = j + 1;
        while (k < s.length && isAsciiDigit(s.charCodeAt(k))) k++;
        if (k === j + 1) return null;
        frac = s.slice(j + 1, k);
        j = k;
      }
      tokens.push(token(Kind.Num, int, frac, 0, int.length === 1 && frac === ''));
      i = j;
    } else if (CHINESE_DIGITS.has(ch)) {
      tokens.push(token(Kind.Num, String(CHINESE_DIGITS.get(ch)), '', 0, true));
      i++;
    } else if (CHINESE_ZEROS.includes(ch)) {
      tokens.push(token(Kind.Zero));
      i++;
    } else if (MAGNITUDES.has(ch)) {
      if (ch === ZHAO && !allowZhao) return null;
      tokens.push(token(Kind.Mag, '', '', MAGNITUDES.get(ch)!));
      i++;
    } else if (CHINESE_POINTS.includes(ch)) {
      let j = i + 1;
      let frac = '';
      for (; j < s.length; j++) {
        const d = digitValue(s[j]!);
        if (d === undefined) break;
        frac += String(d);
      }
      if (frac === '') return null;
      tokens.push(token(Kind.Point, frac));
      i = j;
    } else {
      return null;
    }
  }
  return tokens;
}

/**
 * Reads a folded numeral (ASCII digits and `.`, Chinese digits, magnitudes,
 * 零, 点) to an exact decimal string, or null when it is malformed.
 */
export function readChineseNumeral(s: string, allowZhao = false): string | null {
  if (s.length === 0) return null;
  // 二〇二〇; three or more bare digits are positional too (`二八三件` = 283, Taiwanese press).
  if (s.length > 1 && (s.includes('〇') || s.length >= 3) && POSITIONAL_RE.test(s)) return positional(s);
  const tokens = tokenize(s, allowZhao);
  if (tokens === null || tokens.length === 0) return null;

  // Every value below is a BigInt at one fixed scale: the longest fraction.
  let scale = 0;
  for (const t of tokens) scale = Math.max(scale, t.kind === Kind.Point ? t.int.length : t.frac.length);
  const pow = (k: number): bigint => 10n ** BigInt(k + scale);
  const ONE = pow(0);
  const scaled = (int: string, frac: string): bigint => BigInt(int + frac.padEnd(scale, '0'));

  let zhao = 0n;
  let yi = 0n;
  let wan = 0n;
  let small = 0n;
  let pending: bigint | null = null;
  let pendingSingle = false;
  /** The power of the magnitude right before the pending number (0: none). */
  let pendingAfter = 0;
  /** Small magnitudes must decrease inside a group; 4 = nothing yet. */
  let lastSmall = 4;
  let wanUsed = false;
  let yiUsed = false;
  let zhaoUsed = false;
  let fraction = false;
  let done = false;
  let sawMag = false;
  let prev: Kind | null = null;
  let prevExp = 0;
  /** After 零: the next small magnitude must skip a place. */
  let gapBelow = 4;

  const ambiguousElision = (): boolean => pending !== null && pendingSingle && pendingAfter >= 2;
  /** The group (small + pending) must stay below the last big magnitude used (3万4000, not 3万40000). */
  const overflows = (g: bigint): boolean => {
    const ceiling = wanUsed ? 4 : yiUsed ? 8 : zhaoUsed ? 12 : 0;
    return ceiling > 0 && g >= pow(ceiling);
  };

  for (const t of tokens) {
    if (done) return null;
    switch (t.kind) {
      case Kind.Num: {
        if (fraction || pending !== null || prev === Kind.Num) return null;
        if (prev === Kind.Zero && !sawMag) return null;
        const v = scaled(t.int, t.frac);
        if (lastSmall < 4 && v >= pow(lastSmall)) return null;
        if (prev === Kind.Zero && v >= pow(gapBelow - 1)) return null;
        pending = v;
        pendingSingle = t.single;
        pendingAfter = prev === Kind.Mag ? prevExp : 0;
        if (t.frac !== '') fraction = true;
        break;
      }
      case Kind.Zero: {
        if (prev === Kind.Num || prev === Kind.Point) return null;
        gapBelow = prev === Kind.Mag ? Math.min(prevExp, 4) : gapBelow;
        break;
      }
      case Kind.Mag: {
        const e = t.exp;
        // After 零 only a bare 十 may come, and only where a place was skipped (一千零十).
        if (prev === Kind.Zero && (!sawMag || e !== 1 || e >= gapBelow - 1)) return null;
        sawMag = true;
        if (e <= 3) {
          let mult: bigint;
          if (pending === null) {
            // A leading 十 is 一十 (十二, 一百十, 一千零十); other magnitudes need a number.
            const canLead = prev === null || prev === Kind.Zero || (prev === Kind.Mag && prevExp >= 2);
            if (e !== 1 || fraction || !canLead) return null;
            mult = ONE;
          } else {
            mult = pending;
            if (mult >= pow(1)) return null;
          }
          if (e >= lastSmall) return null;
          if (prev === Kind.Num && gapBelow < 4 && e >= gapBelow - 1) return null;
          small += mult * pow(e) / ONE;
          pending = null;
          lastSmall = e;
        } else {
          // 三千五万 could be 3005万 or 3500万: no guess.
          if (ambiguousElision()) return null;
          const groupEmpty = small === 0n && pending === null;
          const g = small + (pending ?? 0n);
          if (e === 4) {
            if (wanUsed || groupEmpty) return null;
            const section = g * pow(4) / ONE;
            if ((yiUsed && section >= pow(8)) || (zhaoUsed && section >= pow(12))) return null;
            wan = section;
            wanUsed = true;
          } else if (e === 8) {
            if (yiUsed || (groupEmpty && !wanUsed)) return null;
            const section = (wan + g) * pow(8) / ONE;
            if (zhaoUsed && section >= pow(12)) return null;
            yi = section;
            yiUsed = true;
            wan = 0n;
            wanUsed = false;
          } else {
            if (zhaoUsed || (groupEmpty && !wanUsed && !yiUsed)) return null;
            zhao = (yi + wan + g) * pow(12) / ONE;
            zhaoUsed = true;
            yi = 0n;
            wan = 0n;
            yiUsed = false;
            wanUsed = false;
          }
          small = 0n;
          pending = null;
          lastSmall = 4;
        }
        gapBelow = 4;
        prevExp = e;
        break;
      }
      case Kind.Point: {
        if (fraction || ambiguousElision()) return null;
        if (prev === Kind.Zero && sawMag) return null;
        const g: bigint = small + (pending ?? 0n);
        if (overflows(g)) return null;
        const value: bigint = zhao + yi + wan + g + scaled('0', t.int);
        if (wanUsed || yiUsed || zhaoUsed) {
          // 一万二千点五: a fraction after a big magnitude ends the numeral.
          zhao = value;
          yi = wan = small = 0n;
          pending = null;
          wanUsed = yiUsed = zhaoUsed = false;
          done = true;
        } else {
          // 十二点五 is a number that magnitudes may still scale (十二点五万).
          small = 0n;
          pending = value;
          pendingSingle = false;
          pendingAfter = 0;
          lastSmall = 4;
          fraction = true;
        }
        break;
      }
    }
    prev = t.kind;
  }

  if (prev === Kind.Zero && sawMag) return null;
  if (pending !== null && pendingSingle && pendingAfter >= 2) {
    pending = pending * pow(pendingAfter - 1) / ONE; // 三千五 = 3500
  }
  const g = small + (pending ?? 0n);
  if (overflows(g)) return null;
  const total = zhao + yi + wan + g;
  return fromScaled(total, scale);
}
