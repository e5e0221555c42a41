/**
 * The figures of flattened tables: each numeric cell, named by its column
 * header (`成交额(亿元)`), with the table's unit and title and the row's place.
 * A row becomes a group of kind `row`.
 */
import type { Quantity } from '../record/types.js';
import { parseQuantity } from '../numbers/index.js';
import { findTables, headerParts, type TableBlock } from '../document/tables.js';
import { indexAt } from '../document/search.js';
import { classify, type Classified } from '../rules/classify.js';
import type { DocContext, Group } from '../model/figures.js';
import { findSpacedTables } from '../document/spaced-tables.js';
import { countMeasure } from './count-measure.js';
import { indicatorColumns, indicatorRowGroups } from './indicator-rows.js';

/** One group per table row that holds figures. */
export function tableGroups(doc: DocContext): Group[] {
  const groups: Group[] = [];
  const spaced = findSpacedTables(doc.norm, (s) => doc.rules.places.isPlace(s));
  for (const table of [...findTables(doc.norm), ...spaced]) {
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
  const out: Group[] = [];
  for (const row of table.rows) {
    const start = row[0]?.start ?? 0;
    const end = row[row.length - 1]?.end ?? 0;
    const label = regionCol >= 0 ? row[regionCol]?.text : row.find((c) => !/^[\d.]+$/.test(c.text))?.text;
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
    for (let j = 0; j < row.length && j < columns.length; j++) {
      const col = columns[j];
      const cell = row[j];
      const measure = col.measure ?? countMeasure(col.label) ?? table.unit;
      if (!measure || cues.re.not_a_level_column.test(col.label) || !/\d/.test(cell.text)) continue;
      const parsed = parseQuantity(cell.text + measure);
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
        status: 'actual',
        qualifier: q.qualifier,
      });
    }
    if (group.figures.length) out.push(group);
  }
  return out;
}
