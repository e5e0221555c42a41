/**
 * The characters of Chinese numerals: digits, zeros, magnitudes and decimal
 * points with their values; digits read one by one (`二〇二〇`); and the power
 * of ten of a chain of magnitudes (`百万`).
 */

/** Chinese digits (simplified, traditional and financial) and their values. */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5],
  ['六', 6], ['七', 7], ['八', 8], ['九', 9],
  ['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['參', 3], ['肆', 4], ['伍', 5],
  ['陆', 6], ['陸', 6], ['柒', 7], ['捌', 8], ['玖', 9],
]);

/** Zero, which inside a numeral marks a gap. */
export const CHINESE_ZEROS = '零〇';

/** Magnitudes and their powers of ten. 兆 (10^12) is only read when allowed. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3],
  ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['兆', 12],
]);

/** The decimal point of Chinese numerals (`十二点五`). */
export const CHINESE_POINTS = '点點';

export const ZHAO = '兆';
/** 二〇二〇: digits with 〇 and no magnitude are read one by one. */
export const POSITIONAL_RE = /^[〇零一二三四五六七八九]+$/;
const LEADING_ZEROS_RE = /^0+(?=\d)/;

/** The value of one digit of a fraction or a positional numeral (零/〇 = 0). */
export function digitValue(ch: string): number | undefined {
  if (CHINESE_ZEROS.includes(ch)) return 0;
  const d = CHINESE_DIGITS.get(ch);
  return ch === '两' || ch === '兩' ? undefined : d;
}

export function positional(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const d = digitValue(ch);
    if (d === undefined) return null;
    out += String(d);
  }
  return out.replace(LEADING_ZEROS_RE, '');
}

/**
 * The power of ten of a string made only of magnitudes that strictly grow
 * (`百万` 6, `千亿` 11, `万亿` 12, `十` 1), or -1 (`万万`, `千百`, `3万`).
 */
export function magnitudeChainExponent(s: string, allowZhao = false): number {
  if (s.length === 0) return -1;
  let total = 0;
  let last = 0;
  for (const ch of s) {
    const e = MAGNITUDES.get(ch);
    if (e === undefined || e <= last || (ch === ZHAO && !allowZhao)) return -1;
    total += e;
    last = e;
  }
  return total;
}
