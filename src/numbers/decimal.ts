/**
 * Exact decimal arithmetic on plain decimal strings.
 *
 * A decimal here is a non-negative number written with ASCII digits and at
 * most one point, normalised: no leading zeros, no trailing fractional zeros,
 * no sign, no exponent (`"127336000000"`, `"53.7"`, `"0.05"`, `"0"`).
 * Scaling by 10^k moves the point; sums and small products go through BigInt.
 * Nothing here uses float arithmetic, so `1273.36` shifted by 8 is exactly
 * `"127336000000"` (the float product is 127335999999.99998).
 */

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?$/;

/** A decimal as an integer coefficient and a scale: value = coef / 10^scale. */
export interface Scaled {
  coef: bigint;
  scale: number;
}

/** `"1273.36"` → `{ coef: 127336n, scale: 2 }`. The input must be a valid decimal. */
export function toScaled(d: string): Scaled {
  const dot = d.indexOf('.');
  if (dot < 0) return { coef: BigInt(d), scale: 0 };
  return { coef: BigInt(d.slice(0, dot) + d.slice(dot + 1)), scale: d.length - dot - 1 };
}

/** coef / 10^scale as a normalised decimal; a negative scale appends zeros. */
export function fromScaled(coef: bigint, scale: number): string {
  if (coef === 0n) return '0';
  let digits = coef.toString();
  if (scale <= 0) return digits + '0'.repeat(-scale);
  let drop = 0;
  while (drop < scale && digits.charCodeAt(digits.length - 1 - drop) === 0x30) drop++;
  if (drop > 0) {
    digits = digits.slice(0, digits.length - drop);
    scale -= drop;
  }
  if (scale === 0) return digits;
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  return `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}

/** Reads `"0012.50"` as `"12.5"`; null unless the string is ASCII digits with an optional fraction. */
export function parseDecimal(s: string): string | null {
  if (!DECIMAL_RE.test(s)) return null;
  const { coef, scale } = toScaled(s);
  return fromScaled(coef, scale);
}

/** Drops leading zeros of the integer part and trailing zeros of the fraction. */
function normalizeParts(int: string, frac: string): string {
  let a = 0;
  while (a < int.length - 1 && int.charCodeAt(a) === 0x30) a++;
  let b = frac.length;
  while (b > 0 && frac.charCodeAt(b - 1) === 0x30) b--;
  const i = a === 0 ? int : int.slice(a);
  return b === 0 ? i : `${i}.${b === frac.length ? frac : frac.slice(0, b)}`;
}

/** d × 10^k (k may be negative): the point moves, nothing is computed. */
export function shift(d: string, k: number): string {
  const dot = d.indexOf('.');
  const digits = dot < 0 ? d : d.slice(0, dot) + d.slice(dot + 1);
  const point = (dot < 0 ? d.length : dot) + k;
  if (point >= digits.length) return normalizeParts(digits + '0'.repeat(point - digits.length), '');
  if (point <= 0) return normalizeParts('0', '0'.repeat(-point) + digits);
  return normalizeParts(digits.slice(0, point), digits.slice(point));
}

/** 10^k for k ≥ 0. */
export function pow10(k: number): string {
  return `1${'0'.repeat(k)}`;
}

function aligned(a: string, b: string): [bigint, bigint, number] {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return [x.coef * 10n ** BigInt(scale - x.scale), y.coef * 10n ** BigInt(scale - y.scale), scale];
}

/** a + b. */
export function add(a: string, b: string): string {
  const [x, y, scale] = aligned(a, b);
  return fromScaled(x + y, scale);
}

/** d × n for a small non-negative integer n. */
export function multiply(d: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`multiply: ${n} is not a non-negative integer`);
  const { coef, scale } = toScaled(d);
  return fromScaled(coef * BigInt(n), scale);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
