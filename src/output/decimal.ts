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
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s.trim());
  if (!m) throw new Error(`not a decimal number: ${s}`);
  const sign = m[1] === '-' ? '-' : '';
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  let i = digits.slice(0, point).replace(/^0+/, '');
  const f = digits.slice(point).replace(/0+$/, '');
  if (i === '') i = '0';
  const out = f === '' ? i : `${i}.${f}`;
  return out === '0' ? '0' : sign + out;
}

/** `1273.36` → `1,273.36`; `-1234567` → `-1,234,567`. The fraction is left alone. */
export function groupThousands(s: string): string {
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = ''] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}
