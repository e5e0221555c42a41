/**
 * Target or actual: goals, plans and projections are targets (力争, 目标,
 * 预计, 计划, 拟, 将, 有望, 到2025年…), and so is any figure for a year
 * after the document's own.
 */
import type { Status } from '../types.js';

const TARGET_BEFORE =
  /力争|争取(?:在|于|达到|实现|突破|完成|建成|用)|目标|预计|预期|有望|确保|(?<![模虚])拟(?!定|人)|计划(?:于|在|到|总投资|投资|投入|新增|建设|建成|完成|实现|达到|安排|用|引进|培育)|(?:^|[,;:。]|年|今年|明年)计划|规划(?:扩大|建设|新增|到|在|于)|将(?:持续|继续|进一步|再)?(?:达到|达|超过|突破|实现|增加|增至|新增|建成|形成|培育|引进|支持|投入|安排|设立|给予|提高|提升|编列|扩大|投资)/;
const TARGET_AFTER = /^[^,;。]{0,8}?(?:的)?(?:目标|以上的目标)/;

/** A plan's own title: its figures without a year of their own are goals. */
export const PLAN_TITLE = /(?:行动方案|实施方案|工作方案|行动计划|工作计划|规划|纲要)(?:[(（][^)）]*[)）])?$/;

/** Where the first goal word of a sentence stands (-1: none); a figure after it is a goal. */
export function firstTargetCue(sentence: string): number {
  const m = TARGET_BEFORE.exec(sentence);
  return m ? m.index : -1;
}

/** `before` is the text before the figure, or whether a goal word stands there. */
export function decideStatus(
  before: string | boolean,
  after: string,
  year: number | null,
  docYear: number | null,
  deadline?: boolean,
  planDoc?: boolean,
  planSection?: boolean,
): Status {
  if (deadline) return 'target';
  if (planDoc && year === null) return 'target';
  if (planSection && (year === null || docYear === null || year >= docYear)) return 'target';
  if (typeof before === 'boolean' ? before : TARGET_BEFORE.test(before)) return 'target';
  if (TARGET_AFTER.test(after)) return 'target';
  if (year !== null && docYear !== null && year > docYear) return 'target';
  return 'actual';
}
