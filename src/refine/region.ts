/**
 * The region a figure covers, where the text says so: `全市`, `我市`, `本市`
 * (and 省, 区, 县) name the document's own place, read from its issuer or
 * title (`广州市科学技术局` → `广州市`); a table row names its own place.
 * Cues: `self_region`, `place`.
 */
import type { DocMeta } from '../types.js';
import type { Cues } from '../rules/cues.js';
import { isCandidate, type Stage } from '../figures/types.js';

/** The document's places by level (`市` → `广州市`), from its issuer or title. */
export function documentPlaces(meta: DocMeta, cues: Cues): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of [meta.docIssuer, meta.docTitle]) {
    const m = s ? cues.re.place.exec(s.replace(/^关于/, '')) : null;
    if (m && !out.has(m[1].slice(-1))) out.set(m[1].slice(-1), m[1]);
  }
  return out;
}

const global = new WeakMap<Cues, RegExp>();

/** The region named by the last 全市/我市… in the text before a figure. */
export function regionOf(before: string, places: Map<string, string>, cues: Cues): string | undefined {
  if (places.size === 0) return undefined;
  let re = global.get(cues);
  if (!re) global.set(cues, (re = new RegExp(cues.source.self_region, 'gu')));
  let level: string | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) level = m[1];
  return level ? places.get(level) : undefined;
}

export const region: Stage = (doc, group) => {
  for (const f of group.figures) {
    if (!isCandidate(doc, f)) continue;
    f.region = group.kind === 'row' ? group.region : regionOf(f.window.before, doc.places, doc.cues);
  }
};
