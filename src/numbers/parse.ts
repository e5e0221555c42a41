/** Reading one quantity that is the whole string, as the `check` command reads expected values. */

import type { Quantity } from '../record/types.js';
import { scanQuantities } from './scan.js';

/**
 * The whole string (surrounding whitespace aside) as exactly one quantity:
 * `"1273.36亿元"`, `"超过2700家"`, `"9.9万件"`, `"53.7%"`. Null when the
 * string holds no quantity, more than one, or something else besides.
 * Offsets refer to the trimmed string.
 */
export function parseQuantity(s: string): Quantity | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  const found = scanQuantities(t);
  if (found.length !== 1) return null;
  const q = found[0]!;
  return q.start === 0 && q.end === t.length ? q : null;
}
