/**
 * Money said in 元 (億元, 萬元) without naming a currency is the currency of
 * the text's own place: Hong Kong dollars in a Hong Kong text, New Taiwan
 * dollars in a Taiwan text, patacas in a Macau text (its own place, or the place
 * it is about when it names no other first). A figure that names its
 * currency (港元, 新臺幣, 人民幣) keeps it.
 */
import type { Stage } from '../model/figures.js';

const OWN_CURRENCY: Record<string, string> = { 香港: 'HKD', 台湾: 'TWD', 澳门: 'MOP' };
/** The currency named in the figure's span or just after it (`约58.3亿元人民币`). */
const NAMED = /人民币|港元|港币|新台币|澳门元|澳门币|美元|欧元|日元/;

export const currency: Stage = (doc, group) => {
  // Its own place, else the place the text is about (a Macau paper's news that never says 本澳).
  const place = doc.ownPlace ?? (doc.place ? doc.rules.places.key(doc.place) : null);
  const own = place ? OWN_CURRENCY[place] : undefined;
  if (!own) return;
  for (const f of group.figures) {
    if (f.q.unit !== 'CNY' || f.dropped) continue;
    const span = doc.norm.slice(f.q.start, Math.min(doc.norm.length, f.q.end + 4));
    const before = doc.norm.slice(Math.max(0, f.q.start - 4), f.q.start);
    if (NAMED.test(span) || NAMED.test(before)) continue;
    f.currency = own;
  }
};
