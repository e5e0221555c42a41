/**
 * The figures of flattened tables: each numeric cell, named by its column
 * header (`成交额(亿元)`), with the table's unit and title and the row's place.
 * A row becomes a group of kind `row`.
 */
import type { Quantity } from '../record/types.js';
import { findTables, headerParts, type TableBlock } from '../document/tables.js';
import { indexAt } from '../document/search.js';
import { classify, type Classified } from '../rules/classify.js';
import type { DocContext, Group } from '../model/figures.js';
import { findSpacedTables } from '../document/spaced-tables.js';
import { findCellLineTables, rowKeyYear } from '../document/cell-line-tables.js';
import { countMeasure } from './count-measure.js';
import { cellQuantity } from './cell-quantity.js';
import { indicatorColumns, indicatorRowGroups } from './indicator-rows.js';

/** One group per table row that holds figures. */
export function tableGroups(doc: DocContext): Group[] {
  const groups: Group[] = [];
  const spaced = findSpacedTables(doc.norm, (s) => doc.rules.places.isPlace(s));
  for (const table of [...findTables(doc.norm), ...spaced, ...findCellLineTables(doc.norm, doc.roc)]) {
    const roles = indicatorColumns(doc, table);
    groups.push(...(roles ? indicatorRowGroups(doc, table, roles) : rowsOf(doc, table)));
  }
  return groups;
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
  const out: Group[] = [];
  for (const row of table.rows) {
    const start = row[0]?.start ?? 0;
    const end = row[row.length - 1]?.end ?? 0;
    // A keyed row (one cell a line): its key is a year or the row's place.
    const keyYear = keyed ? rowKeyYear(row[0].text, doc.roc) : null;
    const label = keyed ? (keyYear === null ? row[0].text : undefined) : regionCol >= 0 ? row[regionCol]?.text : row.find((c) => !/^[\d.]+$/.test(c.text))?.text;
    const group: Group = {
      kind: 'row',
      start,
      end,
      paragraph: indexAt(doc.structure.paragraphStarts, start),
      masked: '',
      figures: [],
      title: table.title,
      tableStart: table.start,
      region: label && !cues.re.total_row.test(label) ? label : undefined,
    };
    for (let j = keyed ? 1 : 0; j < row.length && j < columns.length; j++) {
      const col = columns[j];
      const cell = row[j];
      const measure = col.measure ?? countMeasure(col.label) ?? table.unit;
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
      group.figures.push({
        q,
        group,
        index: group.figures.length,
        at: 0,
        window: { before: hit ? words : col.label, after: '', clause: hit ? words : col.label },
        clauseStart: start,
        hit,
        year: { year: null },
        ...(keyYear !== null ? { columnYear: keyYear } : {}),
        status: 'actual',
        qualifier: q.qualifier,
      });
    }
    if (group.figures.length) out.push(group);
  }
  return out;
}
