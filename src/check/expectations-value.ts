/**
 * Read the `value:` of an expected figure: a number in base units, a plain or
 * grouped decimal, or a text figure like `1273.36亿元`.
 */
import { parseQuantity } from '../numbers/index.js';
import { numberToDecimal } from '../output/decimal.js';
import type { Qualifier } from '../record/types.js';

export interface ReadValue {
  value: number;
  valueText: string;
  measure?: string;
  kind?: string;
  valueMax?: number;
  qualifier?: Qualifier;
}

const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED_DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Normalise a plain decimal (`+0012.50` → `12.5`). */
function normaliseDecimal(s: string): string {
  const neg = s.startsWith('-');
  let body = s.replace(/^[+-]/, '');
  if (body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
  body = body.replace(/^0+(?=\d)/, '');
  return neg && body !== '0' ? `-${body}` : body;
}

/**
 * Read a figure value: a YAML number (base units), a plain or grouped decimal
 * string, or a text figure that `parseQuantity` reads completely
 * (`1273.36亿元`, `9.9万件`, `超过2700家`). Returns an error message otherwise.
 */
export function readFigureValue(raw: unknown, source?: string): ReadValue | string {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return `value must be a finite number, not ${String(raw)}`;
    const src = source?.trim();
    const valueText = src !== undefined && PLAIN_DECIMAL.test(src) ? normaliseDecimal(src) : numberToDecimal(raw);
    return { value: raw, valueText };
  }
  if (typeof raw !== 'string') {
    return 'value must be a number in base units or a figure like 1273.36亿元';
  }
  const s = raw.trim();
  if (s === '') return 'value is empty';
  if (PLAIN_DECIMAL.test(s) || GROUPED_DECIMAL.test(s)) {
    const valueText = normaliseDecimal(s.replace(/,/g, ''));
    return { value: Number(valueText), valueText };
  }
  let q: ReturnType<typeof parseQuantity>;
  try {
    q = parseQuantity(s);
  } catch {
    q = null; // a reader bug must not crash the check: treat as unreadable
  }
  if (q === null) return `cannot read value "${s}" as a figure (expected a number or a figure like 1273.36亿元)`;
  if (q.start !== 0 || q.end !== s.length) {
    const before = s.slice(0, q.start);
    const after = s.slice(q.end);
    const left = [before && `"${before}" before it`, after && `"${after}" after it`].filter(Boolean).join(' and ');
    return `cannot read value "${s}" as one figure (read "${q.text}", with ${left} left over)`;
  }
  const out: ReadValue = { value: q.value, valueText: q.valueText, measure: q.measure, kind: q.kind };
  if (q.valueMax !== undefined) out.valueMax = q.valueMax;
  if (q.qualifier !== 'exact') out.qualifier = q.qualifier;
  return out;
}
