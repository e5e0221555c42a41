import { shift } from '../numbers/decimal.js';

/**
 * Exact decimal-string helpers for display: values are re-expressed in a
 * measure (亿元, 万件) by moving the decimal point, never by float division,
 * so 127336000000 in 亿元 is exactly `1273.36`.
 */

/**
 * The shortest decimal string that reads back as `n` (what `String(n)` gives),
 * with exponent notation expanded: 1e21 → `1000000000000000000000`,
 * 1e-7 → `0.0000001`. Non-finite numbers give `String(n)`.
 */
export function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', exp] = m;
  return sign + shiftDecimal(`${int}.${frac}`, Number(exp));
}

/**
 * Multiply the decimal string `s` by 10^places exactly (negative places divide).
 * Accepts an optional sign; returns a normalised string (no leading zeros in the
 * integer part beyond one, no trailing zeros in the fraction, no trailing dot).
 */
export function shiftDecimal(s: string, places: number): string {
  const m = /^([+-]?)(\d*(?:\.\d*)?)$/.exec(s.trim());
  if (!m || !/\d/.test(m[2])) throw new Error(`not a decimal number: ${s}`);
  const out = shift(m[2].startsWith('.') ? `0${m[2]}` : m[2].replace(/\.$/, ''), places);
  return out === '0' || m[1] !== '-' ? out : `-${out}`;
}

/** `1273.36` → `1,273.36`; `-1234567` → `-1,234,567`. The fraction is left alone. */
export function groupThousands(s: string): string {
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = ''] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}
