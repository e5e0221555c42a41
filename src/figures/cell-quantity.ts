/**
 * The quantity of a table cell: its number with the column's or the table's
 * measure (`317.2` + `亿元`), the currency of the table's unit line before it
 * (`新台币`), and a measure of thousands (`千元`, `千美元`) read exactly.
 */
import type { Quantity } from '../record/types.js';
import { parseQuantity } from '../numbers/index.js';
import { shift } from '../numbers/decimal.js';

export function cellQuantity(text: string, measure: string, currency?: string | null): Omit<Quantity, 'start' | 'end' | 'text'> | null {
  const number = text.replace(/,/g, '');
  const prefix = currency ?? '';
  const direct = parseQuantity(prefix + number + measure);
  if (direct) return direct;
  // 千元: parseQuantity reads 5千元 but not 52001千元 (a magnitude after four digits is no Chinese numeral).
  if (measure.startsWith('千') && measure.length > 1) {
    const q = parseQuantity(prefix + number + measure.slice(1));
    if (!q || q.kind !== 'money') return null;
    const valueText = shift(q.valueText, 3);
    return { ...q, valueText, value: Number(valueText), measure };
  }
  return null;
}
