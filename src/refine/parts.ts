/**
 * Parts: a breakdown of a total is not the total. A figure keeps its
 * indicator and carries `part` when
 * - it stands in a 其中/包括 scope after a figure of the same indicator
 *   (`技术合同成交额386.52亿元,其中技术开发合同成交额120亿元` → 技术开发合同;
 *   `有效发明专利2.6万件,其中企业拥有1.9万件` → 企业), or
 * - its label names a kind of contract or a field (`技术服务合同成交额`,
 *   `电子信息领域成交额`).
 * A sub-indicator with its own id (`其中发明专利3216件` after 专利授权量) has
 * no part: its id says it. Cues: `part_scope`, `part_heads`, `part_generic`,
 * `part_verbs`, `contract_type`.
 */
import type { Cues } from '../rules/cues.js';
import { MASK } from '../rules/mask.js';
import { isCandidate, type Figure, type Stage } from '../figures/types.js';

const DELIMITER = /[,;:、(\uE000]/;

/** The words of the figure's own item: back to the last delimiter, scope word or figure. */
function itemWords(f: Figure, cues: Cues): string {
  const before = f.window.before;
  let start = before.length;
  while (start > 0 && !DELIMITER.test(before.charAt(start - 1))) start--;
  let words = before.slice(start);
  const scope = words.match(cues.re.part_scope);
  if (scope?.index !== undefined) words = words.slice(scope.index + scope[0].length);
  return words;
}

const globals = new WeakMap<Cues, RegExp>();

/** The words that name the part: the item without verbs, times, scope words and the indicator's own words. */
export function partWords(item: string, cues: Cues): string | undefined {
  let s = item.trim();
  for (let k = 0; k < 3; k++) s = s.replace(cues.re.part_heads, '').trim();
  let verbs = globals.get(cues);
  if (!verbs) globals.set(cues, (verbs = new RegExp(cues.source.part_verbs, 'gu')));
  s = s.replace(verbs, '').replace(/[\s"“”‘’]/g, '');
  for (let k = 0; k < 3; k++) s = s.replace(cues.re.part_heads, '');
  if (s === '' || s.length > 14 || cues.re.part_generic.test(s) || s.indexOf(MASK) >= 0) return undefined;
  return s;
}

export const parts: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const { cues } = doc;
  const figs = group.figures;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (!isCandidate(doc, f) || !f.hit || f.part !== undefined) continue;
    const item = itemWords(f, cues);
    // A kind of contract or a field names the part.
    const type = cues.re.contract_type.exec(item);
    if (type) {
      f.part = type[0];
      continue;
    }
    // In a 其中 scope after a total of the same indicator.
    const scopeAt = group.masked.slice(0, f.at).search(cues.re.part_scope);
    if (scopeAt < 0) continue;
    const total = figs.slice(0, i).find((t) => t.at < scopeAt && t.hit?.rule.id === f.hit!.rule.id && t.part === undefined && !t.dropped);
    if (!total) continue;
    const words = partWords(item, cues);
    if (words) f.part = words;
  }
};
