/**
 * Which stated values can be the same quantity, decided exactly (BigInt
 * decimals, no floats). Every statement allows an interval of values:
 *
 * - an exact figure is its value; written with fewer digits it also stands
 *   for what rounds (half up) to it: `962亿元` covers [961.5亿, 962.5亿);
 * - `over X` (超过, 突破, 以上) is [X, ∞); `under X` (不超过, 以内) is (−∞, X];
 * - `about X` (约, 近, 左右) is [0.95·X, 1.05·X]; a range is [X, Y].
 *
 * Two exact figures agree when the finer one rounds to the coarser
 * (`1273.36亿元` and `1273亿元`; not `99500件` and `9.9万件`); an exact figure and a
 * bound agree when the value lies within the bound; two bounds when they
 * overlap.
 */
import { toScaled } from '../numbers/decimal.js';
import { numberToDecimal } from '../output/decimal.js';
import { measureAsWritten, measureExponent, scaledNumber } from '../output/human.js';
import type { Qualifier } from '../record/types.js';

/** coef · 10^-scale. */
interface Dec {
  coef: bigint;
  scale: number;
}

interface End {
  at: Dec | null; // null: unbounded
  open: boolean;
}

export interface Interval {
  lo: End;
  hi: End;
}

/** What a statement needs to become an interval. */
export interface Stated {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  unit: string;
  measure: string;
  text?: string;
}

/** About: ±5%. */
const ABOUT_PERCENT = 5n;

function dec(n: number): Dec {
  const s = numberToDecimal(n);
  const neg = s.startsWith('-');
  const { coef, scale } = toScaled(neg ? s.slice(1) : s);
  return { coef: neg ? -coef : coef, scale };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.coef * 10n ** BigInt(scale - a.scale), b.coef * 10n ** BigInt(scale - b.scale), scale];
}

function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function plus(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { coef: x + y, scale };
}

/** a · percent / 100. */
function percentOf(a: Dec, percent: bigint): Dec {
  return { coef: a.coef * percent, scale: a.scale + 2 };
}

/** Half a unit of the last digit the figure was written with, in base units. */
function halfUnit(s: Stated): Dec {
  const measure = measureAsWritten(s.text, s.measure, s.unit);
  const written = scaledNumber(s.value, measure, s.unit);
  const dot = written.indexOf('.');
  const digits = dot < 0 ? 0 : written.length - dot - 1;
  // 5 · 10^(exponent − digits − 1)
  const e = measureExponent(measure, s.unit) - digits - 1;
  return e >= 0 ? { coef: 5n * 10n ** BigInt(e), scale: 0 } : { coef: 5n, scale: -e };
}

/** Whether `a` was written with a finer last digit than `b`. */
export function finerThan(a: Stated, b: Stated): boolean {
  return cmp(halfUnit(a), halfUnit(b)) < 0;
}

const closed = (at: Dec | null): End => ({ at, open: false });

/** The one value an exact statement gives (its interval when it is the finest of its group). */
export function pointOf(s: Stated): Interval {
  const v = closed(dec(s.value));
  return { lo: v, hi: v };
}

/** The values a statement allows; for an exact figure, what rounds to it. */
export function intervalOf(s: Stated): Interval {
  const v = dec(s.value);
  switch (s.qualifier) {
    case 'over':
      return { lo: closed(v), hi: closed(null) };
    case 'under':
      return { lo: closed(null), hi: closed(v) };
    case 'about':
      return { lo: closed(percentOf(v, 100n - ABOUT_PERCENT)), hi: closed(percentOf(v, 100n + ABOUT_PERCENT)) };
    case 'range':
      return { lo: closed(v), hi: closed(dec(s.valueMax ?? s.value)) };
    default: {
      const h = halfUnit(s);
      return { lo: closed(plus(v, { coef: -h.coef, scale: h.scale })), hi: { at: plus(v, h), open: true } };
    }
  }
}

function higherLo(a: End, b: End): End {
  if (a.at === null) return b;
  if (b.at === null) return a;
  const c = cmp(a.at, b.at);
  return c > 0 ? a : c < 0 ? b : { at: a.at, open: a.open || b.open };
}

function lowerHi(a: End, b: End): End {
  if (a.at === null) return b;
  if (b.at === null) return a;
  const c = cmp(a.at, b.at);
  return c < 0 ? a : c > 0 ? b : { at: a.at, open: a.open || b.open };
}

/** The values both allow, or null when they allow none in common. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = higherLo(a.lo, b.lo);
  const hi = lowerHi(a.hi, b.hi);
  if (lo.at !== null && hi.at !== null) {
    const c = cmp(lo.at, hi.at);
    if (c > 0 || (c === 0 && (lo.open || hi.open))) return null;
  }
  return { lo, hi };
}

/** Whether two statements can be the same value. */
export function agree(a: Stated, b: Stated): boolean {
  if (a.qualifier === 'exact' && b.qualifier === 'exact') {
    const [fine, coarse] = finerThan(b, a) ? [b, a] : [a, b];
    return intersect(pointOf(fine), intervalOf(coarse)) !== null;
  }
  const iv = (s: Stated) => (s.qualifier === 'exact' ? pointOf(s) : intervalOf(s));
  return intersect(iv(a), iv(b)) !== null;
}
