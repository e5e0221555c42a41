/**
 * The number reader: quantities in Chinese official prose, with exact values
 * in base units, the unit kind, the measure word, the qualifier and the span.
 */

export { scanQuantities } from './scan.js';
export { parseQuantity } from './parse.js';
export { parseNumeral } from './numeral.js';
