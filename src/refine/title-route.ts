/**
 * A document whose title names one filing route (`…领跑国际专利申请`, cue
 * `route_title`) speaks of that route throughout: a bare 专利申请(量) figure
 * of a sentence that names no other route or office (cue `other_route`) is
 * that route's (`patent.pct_applications`), as a WIPO report's `某国专利申请量达N件` is.
 */
import type { CompiledRule } from '../rules/compile.js';
import { normalizeForMatching } from '../text/normalize.js';
import type { Stage } from '../model/figures.js';

const BARE = 'patent.applications';
const ROUTE = 'patent.pct_applications';
const routeRules = new WeakMap<CompiledRule[], CompiledRule | null>();

/** Whether a document's title names a route, decided once per document. */
const routeTitled = new WeakMap<object, boolean>();

export const titleRoute: Stage = (doc, group) => {
  if (group.kind !== 'sentence' || !doc.meta.docTitle) return;
  let titled = routeTitled.get(doc);
  if (titled === undefined) routeTitled.set(doc, (titled = doc.cues.re.route_title.test(normalizeForMatching(doc.meta.docTitle))));
  if (!titled) return;
  if (doc.cues.re.other_route.test(group.masked)) return;
  const rules = doc.rules.rules;
  let route = routeRules.get(rules);
  if (route === undefined) routeRules.set(rules, (route = rules.find((r) => r.id === ROUTE) ?? null));
  if (!route) return;
  for (const f of group.figures) {
    if (f.hit?.rule.id !== BARE || f.rate || f.dropped || (route.measures && !route.measures.has(f.q.measure))) continue;
    f.hit = { rule: route, distance: f.hit.distance, match: -1 };
    f.via = 'the filing route its document’s title names';
  }
};
