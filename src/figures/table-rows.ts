/**
 * The figures of flattened tables: each numeric cell, named by its column
 * header (`成交额(亿元)`), with the table's unit and title and the row's place.
 * A row becomes a group of kind `row`.
 */
import type { Quantity } from '../record/types.js';
import { findTables, headerParts, type Cell, type TableBlock } from '../document/tables.js';
import { indexAt } from '../document/search.js';
import { classify, type Classified } from '../rules/classify.js';
import type { CompiledRule } from '../rules/compile.js';
import type { DocContext, Group } from '../model/figures.js';
import { findSpacedTables } from '../document/spaced-tables.js';
import { findCellLineTables, rowKeyYear } from '../document/cell-line-tables.js';
import { findCardTables } from '../document/card-tables.js';
import { countMeasure } from './count-measure.js';
import { cellQuantity } from './cell-quantity.js';
import { indicatorColumns, indicatorRowGroups } from './indicator-rows.js';

/** Indicators a table's title may narrow a column's indicator to. */
const NARROWER: Record<string, string[]> = {
  'patent.grants': ['patent.invention_grants', 'patent.pct_grants'],
  'patent.applications': ['patent.invention_applications', 'patent.pct_applications'],
  'patent.valid': ['patent.valid_invention'],
};

const narrowerCache = new WeakMap<CompiledRule[], Map<string, CompiledRule[] | null>>();
/** The rules of the indicators narrower than `id` (found once a rule set). */
function narrowerRules(all: CompiledRule[], id: string): CompiledRule[] | null {
  let byId = narrowerCache.get(all);
  if (!byId) narrowerCache.set(all, (byId = new Map()));
  let list = byId.get(id);
  if (list === undefined) {
    const ids = NARROWER[id];
    list = ids ? all.filter((r) => ids.includes(r.id)) : null;
    byId.set(id, list);
  }
  return list;
}

/** One group per table row that holds figures. */
export function tableGroups(doc: DocContext): Group[] {
  const groups: Group[] = [];
  const spaced = findSpacedTables(doc.norm, (s) => doc.rules.places.isPlace(s));
  for (const table of [...findTables(doc.norm), ...spaced, ...findCellLineTables(doc.norm, doc.roc), ...findCardTables(doc.norm)]) {
    const roles = indicatorColumns(doc, table);
    groups.push(...(roles ? indicatorRowGroups(doc, table, roles) : rowsOf(doc, table)));
  }
  return groups;
}

/**
 * The place a table's total row covers, from the places of its other rows: the
 * nation when they are provinces, a province when they are its cities.
 */
function wholeOf(doc: DocContext, labels: (string | undefined)[]): string | undefined {
  const { places } = doc.rules;
  let provinces = 0;
  const of = new Set<string>();
  let cities = 0;
  for (const l of labels) {
    if (!l || !places.isPlace(l)) continue;
    const p = places.provinceOf(l);
    if (!p) continue;
    if (places.isProvince(l)) provinces++;
    else {
      cities++;
      of.add(p);
    }
  }
  if (provinces >= 5 && provinces > cities) return '全国';
  if (cities >= 3 && provinces === 0 && of.size === 1) return [...of][0];
  return undefined;
}

/** A place the gazetteer may not know: a district, zone or county by its suffix. */
const PLACE_SUFFIX = /^[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|州|盟|旗|镇|乡|街道|园区|新区)$/;

const isPlaceLabel = (doc: DocContext, label: string) => doc.rules.places.isPlace(label) || PLACE_SUFFIX.test(label);

const SUBTOTAL = /^([\u4e00-\u9fa5]{1,6}?)(?:小计|合计)$/;

/**
 * A row's place from its label: the label itself; a total row (`合计`) covers
 * the table's whole; a place's subtotal (`杭州合计`) is that place's; a group's
 * subtotal (`国内小计`, `东部小计`) is a part of the whole.
 */
function rowPlace(doc: DocContext, label: string | undefined, whole: string | undefined, placeRows: boolean): { region?: string; part?: string } {
  if (!label) return {};
  if (doc.cues.re.total_row.test(label)) return { region: whole };
  const sub = SUBTOTAL.exec(label)?.[1];
  // A row named by no place (`技术开发`, a fund's scheme) is a part of the table's whole.
  if (!sub) return placeRows || isPlaceLabel(doc, label) ? { region: label } : { region: whole, part: label };
  if (doc.rules.places.isPlace(sub)) return { region: sub };
  return doc.cues.re.total_row.test(sub) ? { region: whole } : { region: whole, part: sub };
}

function rowsOf(doc: DocContext, table: TableBlock): Group[] {
  const { rules, cues } = doc;
  let topic = '';
  if (rules.trigger) topic = rules.trigger.find(table.title)?.word ?? '';
  const columns = table.header.map((c) => headerParts(c.text));
  const regionCol = columns.findIndex((c) => cues.re.region_column.test(c.label));
  // Rows keyed by a year (`年份 | 成交额 | …` / `2021 | 170.9 | …`) or, one cell a line, by a year or a place.
  const byYear = table.rows.length >= 2 && table.rows.every((r) => rowKeyYear(r[0]?.text ?? '', doc.roc) !== null);
  const keyed = table.keyedRows === true || byYear;
  const rowLabel = (row: Cell[]) => (keyed ? (rowKeyYear(row[0].text, doc.roc) === null ? row[0].text : undefined) : regionCol >= 0 ? row[regionCol]?.text : row.find((c) => !/^[\d.]+$/.test(c.text))?.text);
  const keys = table.rows.map(rowLabel);
  const totalRegion = wholeOf(doc, keys);
  // Rows most of which name places are a region breakdown: every row label is a region (`市直及其他` too).
  const named = keys.filter((k): k is string => !!k && !cues.re.total_row.test(k));
  const placeRows = regionCol >= 0 || named.filter((k) => isPlaceLabel(doc, k)).length * 2 >= named.length;
  // Columns headed by a year (`地区 | 2021年 | 2022年`) give their cells that year.
  const columnYears = columns.map((c) => (keyed ? null : rowKeyYear(c.label, doc.roc)));
  // A year column takes the measure its title implies (`各市专利授权量` over `2022年`).
  const titleMeasure = table.title ? countMeasure(table.title.replace(/[(（][^)）]*[)）]\s*$/, '').trim()) : null;
  // `当月累计` under a title of one month (`2011年11月…`): that month's part of the year.
  const titleMonth = /(\d{1,2})\s*月/.exec(table.title ?? '')?.[1];
  // A rule's context words may stand anywhere in the table's title or row labels (`…基金` among the schemes).
  const tableWords = [table.title, ...keys.filter((k): k is string => !!k)].join(' ');
  const out: Group[] = [];
  for (const row of table.rows) {
    const start = row[0]?.start ?? 0;
    const end = row[row.length - 1]?.end ?? 0;
    // A keyed row (one cell a line): its key is a year or the row's place.
    const keyYear = keyed ? rowKeyYear(row[0].text, doc.roc) : null;
    const label = rowLabel(row);
    const { region, part } = rowPlace(doc, label, totalRegion, placeRows);
    const group: Group = {
      kind: 'row',
      start,
      end,
      paragraph: indexAt(doc.structure.paragraphStarts, start),
      masked: '',
      figures: [],
      title: table.title,
      tableStart: table.start,
      region,
    };
    for (let j = keyed ? 1 : 0; j < row.length && j < columns.length; j++) {
      const col = columns[j];
      const cell = row[j];
      const measure = col.measure ?? countMeasure(col.label) ?? table.unit ?? (columnYears[j] != null ? titleMeasure : null);
      if (!measure || cues.re.not_a_level_column.test(col.label) || !/\d/.test(cell.text)) continue;
      const parsed = cellQuantity(cell.text, measure, table.currency);
      if (!parsed) continue;
      const q: Quantity = { ...parsed, start: cell.start, end: cell.end, text: doc.text.slice(cell.start, cell.end) };
      let hit: Classified | null = null;
      let words = col.label;
      for (const before of [col.label, topic + col.label, table.title + col.label]) {
        hit = classify(q, { before, after: '', clause: before }, rules.rules);
        words = before;
        if (hit) break;
      }
      if (!hit) hit = classify(q, { before: col.label, after: '', clause: col.label, previous: tableWords }, rules.rules);
      // A title that narrows the column's indicator (`发明专利授权状况表` over `授权量`) names the figure.
      const narrower = hit && table.title && words !== table.title + col.label ? narrowerRules(rules.rules, hit.rule.id) : null;
      if (narrower) {
        const titled = table.title + col.label;
        const narrow = classify(q, { before: titled, after: '', clause: titled }, narrower);
        if (narrow) [hit, words] = [narrow, titled];
      }
      group.figures.push({
        q,
        group,
        index: group.figures.length,
        at: 0,
        window: { before: hit ? words : col.label, after: '', clause: hit ? words : col.label },
        clauseStart: start,
        hit,
        year: { year: null },
        ...(keyYear !== null ? { columnYear: keyYear } : columnYears[j] != null ? { columnYear: columnYears[j]! } : cues.re.all_time_column.test(col.label) ? { columnYear: null } : {}),
        status: 'actual',
        qualifier: q.qualifier,
        ...(part ? { part } : titleMonth && cues.re.month_column.test(col.label) ? { part: `${titleMonth}月` } : {}),
      });
    }
    if (group.figures.length) out.push(group);
  }
  return out;
}
