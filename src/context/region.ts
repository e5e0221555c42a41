/**
 * The region a figure covers, where the text says so: `全市`, `我市`, `本市`
 * (and 省, 区, 县) name the document's own place, read from its issuer or
 * title (`广州市科学技术局` → `广州市`).
 */
import type { DocMeta } from '../types.js';

const PLACE = /^(?:中华民国)?([\u4e00-\u9fa5]{2,8}?(?:省|市|区|县))/;
const SELF = /(?:全|我|本)(省|市|区|县)/g;

/** The document's places by level (`市` → `广州市`), from its issuer or title. */
export function documentPlaces(meta: DocMeta): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of [meta.docIssuer, meta.docTitle]) {
    const m = s ? PLACE.exec(s.replace(/^关于/, '')) : null;
    if (m && !out.has(m[1].slice(-1))) out.set(m[1].slice(-1), m[1]);
  }
  return out;
}

/** The region named by the last 全市/我市… in the text before a figure. */
export function regionOf(before: string, places: Map<string, string>): string | undefined {
  if (places.size === 0) return undefined;
  let level: string | undefined;
  SELF.lastIndex = 0;
  for (let m = SELF.exec(before); m; m = SELF.exec(before)) level = m[1];
  return level ? places.get(level) : undefined;
}
