/**
 * The quantity of a table cell: its number with the column's or the table's
 * measure (`317.2` + `亿元`), the currency of the table's unit line before it
 * (`新台币`), and a measure of thousands or millions (`千元`, `千美元`,
 * `百万元`) read exactly.
 */
import type { Quantity } from '../record/types.js';
import { parseQuantity } from '../numbers/index.js';
import { shift } from '../numbers/decimal.js';

/** Magnitudes a column's money measure may start with, and their powers of ten (longest first). */
const SCALES: [string, number][] = [
  ['百万', 6],
  ['千万', 7],
  ['十万', 5],
  ['千', 3],
];

export function cellQuantity(text: string, measure: string, currency?: string | null): Omit<Quantity, 'start' | 'end' | 'text'> | null {
  const number = text.replace(/,/g, '');
  const prefix = currency ?? '';
  const direct = parseQuantity(prefix + number + measure);
  if (direct) return direct;
  // 千元, 百万元: parseQuantity reads 5千元 but not 52001千元 (a magnitude after four digits is no Chinese numeral).
  const scale = SCALES.find(([word]) => measure.startsWith(word) && measure.length > word.length);
  if (scale) {
    const q = parseQuantity(prefix + number + measure.slice(scale[0].length));
    if (!q || q.kind !== 'money') return null;
    const valueText = shift(q.valueText, scale[1]);
    return { ...q, valueText, value: Number(valueText), measure };
  }
  return null;
}
