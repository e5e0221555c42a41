/**
 * An item's text as pdf.js gives it: compatibility characters (ligatures,
 * some spaces and presentation forms) NFKC-normalized like pdf.js's
 * normalizeUnicode; right-to-left text, which pdf.js reorders, is
 * Unsupported.
 */
import { Unsupported } from './objects.js';

const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** Any character that needs a second look: normalized by pdf.js, or right-to-left. */
const SPECIAL_TEXT = /[\u00a0\u00b5\u037e\u0590-\u08ff\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufdff\ufe70-\ufeff]/;

export function itemText(text: string): string {
  if (!SPECIAL_TEXT.test(text)) return text;
  if (RTL.test(text)) throw new Unsupported('right-to-left text');
  return text.replace(NORMALIZE, (_m, p1: string | undefined, p2: string | undefined) => (p1 ? p1.normalize('NFKC') : 'ſt'.repeat((p2 ?? '').length)));
}
