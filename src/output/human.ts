/**
 * Human-readable values: the base-unit value re-expressed in the measure as
 * written (127336000000 with measure 亿元 → `1,273.36 亿元`), exactly.
 */
import type { IndicatorRecord, Qualifier } from '../record/types.js';
import { groupThousands, numberToDecimal, shiftDecimal } from './decimal.js';

/** Powers of ten of the Chinese multiplier characters that start a measure. */
const MULTIPLIERS: Record<string, number> = {
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  兆: 12,
};

const NUMERAL_END = /[0-9０-９零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/;

const PERCENT_SIGNS = new Set(['%', '％']);

/**
 * The power of ten a measure stands for: `亿元` → 8, `万件` → 4, `万亿元` → 12,
 * `千万元` → 7, `件`/`元`/`%` → 0. Only leading multiplier characters count,
 * and only for money and counts (a percent's `百分点` is not a hundred).
 */
export function measureExponent(measure: string, unit?: string): number {
  if (unit === 'percent' || unit === 'ratio') return 0;
  let exp = 0;
  for (const ch of measure) {
    const e = MULTIPLIERS[ch];
    if (e === undefined) break;
    exp += e;
  }
  // A bare multiplier that is the whole measure still scales (`2.5亿`).
  return exp;
}

/** A base-unit value as a grouped decimal in the measure: (127336000000, 亿元) → `1,273.36`. */
export function scaledNumber(value: number, measure: string, unit?: string): string {
  const exp = measureExponent(measure, unit);
  const dec = numberToDecimal(value);
  if (!/^-?\d+(\.\d+)?$/.test(dec)) return dec; // NaN, Infinity
  return groupThousands(shiftDecimal(dec, -exp));
}

/**
 * A value (or range) with its measure, for people:
 * `1,273.36 亿元`, `2,700 家`, `53.7%`, `8.3 倍`, `10–15 亿元`.
 * With an empty measure, money shows its currency code and counts stand alone.
 */
export function formatAmount(value: number, measure: string, unit: string, valueMax?: number | null): string {
  const lo = scaledNumber(value, measure, unit);
  const num = valueMax === undefined || valueMax === null ? lo : `${lo}–${scaledNumber(valueMax, measure, unit)}`;
  if (PERCENT_SIGNS.has(measure)) return `${num}%`;
  if (measure !== '') return `${num} ${measure}`;
  if (unit === 'percent') return `${num}%`;
  if (unit === 'ratio') return `${num} 倍`;
  if (unit === 'count' || unit === '') return num;
  return `${num} ${unit}`;
}

/**
 * The measure with the multiplier it was written with: a reader may give
 * `件` as the measure of `9.9万件`; the text shows it was `万件`. Measures that
 * already start with a multiplier, and percents and ratios, are left alone.
 */
export function measureAsWritten(text: string | undefined, measure: string, unit?: string): string {
  if (!text || !measure || unit === 'percent' || unit === 'ratio') return measure;
  if (MULTIPLIERS[measure[0] as string] !== undefined) return measure;
  const at = text.lastIndexOf(measure);
  if (at <= 0) return measure;
  let i = at;
  while (i > 0 && MULTIPLIERS[text[i - 1] as string] !== undefined) i--;
  // Only a multiplier that follows a number (`9.9万件`, `三点五万件`), not a word.
  return i < at && i > 0 && NUMERAL_END.test(text[i - 1] as string) ? text.slice(i, at) + measure : measure;
}

/**
 * The record's value (and `valueMax` for ranges) in the measure as written
 * (`9.9万件` → `9.9 万件`). A record read back from JSON has `valueMax: null`.
 */
export function humanValue(r: Pick<IndicatorRecord, 'value' | 'measure' | 'unit'> & { valueMax?: number | null; text?: string }): string {
  return formatAmount(r.value, measureAsWritten(r.text, r.measure, r.unit), r.unit, r.valueMax);
}

/** A compact qualifier: `>` over, `≈` about, `≤` under; empty for exact and range. */
export function qualifierSymbol(q: Qualifier | string | undefined): string {
  switch (q) {
    case 'over':
      return '>';
    case 'about':
      return '≈';
    case 'under':
      return '≤';
    default:
      return '';
  }
}
