/**
 * One figure, several places: `北京、江苏、上海均超过500件`, `甲区、乙区、丙区
 * 技术合同成交额超百亿`. When a clause opens with a list of places and holds one
 * figure that each of them has (均/都/各, or a threshold: 超过, 突破, 以上),
 * the figure is each place's, and becomes one record for each (in the order
 * the list names them). A sum (`合计`, `共`) or an exact figure without 均 is
 * the list's together, and stays one record.
 */
import { MASK } from '../rules/mask.js';
import { LIST_JOIN } from '../document/clauses.js';
import { isCandidate, type Stage } from '../model/figures.js';

/** Words that make a figure each item's: 均, 都, 各; a threshold reads the same way. */
const EACH = /(?:均|都|各)(?:已|已经)?(?:超过|超|突破|达到|达|在|为|有|逾|过)?\s*$/;
/** Words that make it the items' sum. */
const TOGETHER = /(?:合计|共计|共|总计|累计|合共|加起来|总和|之和|两地|三地|几地)/;

export const regionEach: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const { places } = doc.rules;
  for (const f of group.figures) {
    if (!isCandidate(doc, f) || f.rate) continue;
    const clause = f.window.clause;
    if (clause.indexOf(MASK) >= 0 || TOGETHER.test(clause) || /分别/.test(clause)) continue;
    // The place list opens the clause (after its year): `2020年,甲区、乙区、丙区…`.
    const mentions = places.find(clause).filter((m) => m.kind === 'place');
    if (mentions.length < 2) continue;
    const opening = clause.slice(0, mentions[0].index);
    if (!/^\s*(?:(?:19|20)\d\d\s*年(?:度)?)?\s*(?:其中)?\s*$/.test(opening)) continue;
    // Each place follows the one before with only a list separator between.
    let k = 1;
    while (k < mentions.length && LIST_JOIN.test(clause.slice(mentions[k - 1].end, mentions[k].index))) k++;
    if (k < 2) continue;
    const each = EACH.test(clause);
    if (!each && f.qualifier !== 'over') continue;
    // (a threshold the places pass together: `甲区、乙区成交额超过50亿元,占全市六成`)
    if (!each && /^[^。;]{0,12}?占/.test(f.window.after)) continue;
    // (the list is the clause's subject: nothing but label words after it)
    const rest = clause.slice(mentions[k - 1].end);
    if (places.find(rest).some((m) => m.kind === 'place' || m.kind === 'national')) continue;
    f.regions = mentions.slice(0, k).map((m) => m.name);
    f.region = f.regions[0];
  }
};
