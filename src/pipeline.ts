/**
 * The pipeline, in the order the data flows:
 *
 *   source text → document context (normalised text, structure, metadata;
 *   stops when no pack keyword occurs) → groups of figures (keyword sentences
 *   and table rows, numbers read and masked) → refinement stages, each one
 *   job, in order → records.
 *
 * Each stage refines the figures of one group in place; the order matters
 * (a growth rate is known before labels carry, a year before its status).
 */
import type { ExtractOptions, IndicatorRecord, SourceText } from './record/types.js';
import type { RuleSet } from './rules/load.js';
import type { Stage } from './model/figures.js';
import { readContext } from './figures/context.js';
import { sentenceGroups } from './figures/sentences.js';
import { tableGroups } from './figures/table-rows.js';
import { toRecords } from './figures/records.js';
import { rates } from './refine/growth.js';
import { ownWords } from './refine/classify.js';
import { earlierKind } from './refine/earlier-kind.js';
import { respectively } from './refine/respectively.js';
import { carryLabel } from './refine/carry-label.js';
import { enumeration } from './refine/enumeration.js';
import { titleRoute } from './refine/title-route.js';
import { comparisonBase } from './refine/comparison-base.js';
import { changes } from './refine/changes.js';
import { thresholds } from './refine/thresholds.js';
import { qualifier } from './refine/qualifier.js';
import { perUnit } from './refine/per-unit.js';
import { year } from './refine/year.js';
import { status } from './refine/status.js';
import { region } from './refine/region.js';
import { regionEach } from './refine/region-each.js';
import { currency } from './refine/currency.js';
import { parts } from './refine/parts.js';
import { phase } from './refine/phase.js';
import { restatedThresholds } from './refine/restated-thresholds.js';

export { idPattern, indicatorFilter } from './rules/filter.js';

/** The refinement stages, in order. */
export const STAGES: readonly Stage[] = [
  rates, // growth rates belong to an earlier figure, and are no figures of their own
  ownWords, // the rule named by a figure's own words
  earlierKind, // 发明专利申请件数…,2024年申请N件: the kind an earlier clause names
  respectively, // A、B分别为a、b: each figure its own item's place or label
  carryLabel, // list items and subjectless clauses take an earlier label
  enumeration, // 前五位是:合肥(142.5亿元)、安庆(48亿元): each item its region or part
  comparisonBase, // 较2022年的317.2亿元: the same quantity, for the year it names
  titleRoute, // a title about 国际专利申请: its bare 专利申请 figures are PCT filings
  changes, // differences, and new additions to a stock, are not levels
  thresholds, // `超过1亿元的机构` picks a group
  qualifier, // caps and floors said before the figure
  perUnit, // 每家每年…
  year, // clause, sentence, paragraph, section, title
  status, // goals and plans
  region, // the place the figure covers
  regionEach, // 甲、乙、丙均超过500件: one figure, each place's
  currency, // 元 in a Hong Kong, Taiwan or Macau text
  parts, // 其中技术开发合同… is a part of its total
  phase, // 首期, 二期 of a fund
  restatedThresholds, // 突破400亿元,达到412.3亿元 is one quantity
];

/**
 * Extract every indicator figure from one document. Synchronous and pure:
 * no I/O, no console; rules come from `loadRuleSet()`.
 */
export function extractWith(rules: RuleSet, source: string | SourceText, options: ExtractOptions = {}): IndicatorRecord[] {
  const doc = readContext(rules, typeof source === 'string' ? { text: source } : source, options);
  if (!doc) return [];
  const groups = [...tableGroups(doc), ...sentenceGroups(doc)];
  for (const group of groups) for (const stage of STAGES) stage(doc, group);
  return toRecords(doc, groups);
}
