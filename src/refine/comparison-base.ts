/**
 * The base of a comparison, and the goal a level is measured against
 * (`占年度目标任务N件的`), is a level of the same quantity, for the year it
 * names: in `达到386.52亿元,较2022年的317.2亿元增长21.9%` the 317.2亿元 is the
 * same indicator as the figure it is compared with, for 2022 (`較92年的65,742件`
 * in a Republic-era text: 2003). It takes the indicator of the nearest
 * classified figure before it in its sentence.
 */
import type { Figure, Stage } from '../model/figures.js';

/** The action of the base, between its time and 的 (`比上年同期登记的1.2万项`). */
const ACTION = '(?:申请|授权|登记|签订|成交|认定|新增|获批|核准)?';
const BASE = new RegExp(`(?:比|较|相较于?|相比于?|对比)\\s*((?:19|20)\\d\\d|[89]\\d|1[0-4]\\d)?\\s*(?:年度?)?\\s*(?:同期)?\\s*${ACTION}(?:的|之)\\s*$`);
/** The goal a level is measured against (`完成1,230件,占年度目标任务1,100件的111.8%`): the same quantity, a target. */
const GOAL = /占(?:年度|全年|今年|本年)?(?:目标|计划)(?:任务)?(?:数)?$/;
const LAST_YEAR = new RegExp(`(?:比|较|相较于?|相比于?)\\s*(?:上年|去年|上一年)(?:同期)?${ACTION}(?:的|之)\\s*$`);

export const comparisonBase: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const figs = group.figures;
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i];
    if (f.rate || f.dropped) continue;
    const m = BASE.exec(f.window.clause);
    const lastYear = !m && LAST_YEAR.test(f.window.clause);
    const goal = !m && !lastYear && GOAL.test(f.window.clause);
    if (!m && !lastYear && !goal) continue;
    const level = figs.slice(0, i).reverse().find((p: Figure) => p.hit && !p.rate && !p.dropped && p.q.kind === f.q.kind);
    if (!level?.hit) continue;
    const { rule } = level.hit;
    if (rule.measures && !rule.measures.has(f.q.measure)) continue;
    // Labelled already (a list item of the figure before): the same quantity's base still has the base's year.
    if (f.hit && f.hit.rule.id !== rule.id) continue;
    if (!f.hit) {
      f.hit = level.hit;
      f.via = 'the base of a comparison';
    }
    if (goal) continue; // the goal is of the level's year; 目标 makes it a target
    if (m?.[1]) {
      const y = Number(m[1]);
      f.baseYear = y < 1000 ? (doc.roc ? 1911 + y : null) : y;
    } else f.baseYear = lastYear ? 'before' : null;
  }
};

/** The year of a comparison's base, once the compared figure's year is known. */
export function baseYearOf(f: Figure, figs: readonly Figure[]): number | null | undefined {
  if (f.baseYear === undefined) return undefined;
  if (f.baseYear !== 'before') return f.baseYear;
  const level = figs.slice(0, f.index).reverse().find((p) => p.hit?.rule.id === f.hit?.rule.id && !p.dropped && !p.rate);
  return level?.year.year != null ? level.year.year - 1 : null;
}
