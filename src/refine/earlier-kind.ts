/**
 * A clause that names only what is done (`114年申请1,485件`, cue
 * `action_word`) after a clause of the same sentence that names the kind of
 * patent with the same action (`某公司发明专利申请件数连续10年居首,`): the
 * figure is of that kind (`patent.invention_applications`, not all
 * applications). Only invention patents have ids of their own.
 */
import { classify } from '../rules/classify.js';
import { MASK } from '../rules/mask.js';
import { onlyAnAction } from './clause-subject.js';
import type { Stage } from '../model/figures.js';

/** The kind and its action, the last time the sentence names them before the clause. */
const KIND = /发明(?:专利)?[^,;。\uE000]{0,2}?(申请|授权|获证|获权)/g;
/** A year or a period that opens the clause (`114年`, `2024年`, `今年`): when, not what. */
const WHEN = /^[\s,;]*(?:(?:19|20)?\d{2,3}\s*年(?:度)?|今年|去年|全年|当年)?/;
/** The action a clause names, in the same words. */
const ACTION = /(申请|授权|获证|获权)/;
const SAME: Record<string, string> = { 申请: '申请', 授权: '授权', 获证: '授权', 获权: '授权' };


export const earlierKind: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) {
    if (!f.hit || f.rate || (f.hit.rule.id !== 'patent.applications' && f.hit.rule.id !== 'patent.grants')) continue;
    const own = f.window.clause.replace(WHEN, '');
    if (own.indexOf(MASK) >= 0 || !onlyAnAction(doc.cues).test(own)) continue;
    const action = SAME[ACTION.exec(own)?.[1] ?? ''];
    const earlier = f.window.before.slice(0, f.window.before.length - f.window.clause.length);
    let kind: string | null = null;
    for (const m of earlier.matchAll(KIND)) kind = SAME[m[1]];
    if (!action || kind !== action) continue;
    const words = `发明专利${own}`;
    const hit = classify(f.q, { before: words, after: f.window.after, clause: words }, doc.rules.rules);
    if (hit && hit.rule.id !== f.hit.rule.id && hit.rule.id.startsWith('patent.invention_')) {
      f.hit = hit;
      f.via = 'the kind of patent an earlier clause of its sentence names';
    }
  }
};
