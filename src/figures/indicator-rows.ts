/**
 * Tables with one indicator a row and places or years as columns
 * (`指标 | 2022年 | 2023年`, `技术合同成交额(亿元) | 317.2 | 386.52`; a yearbook's
 * `单位 甲县 乙县…` / `专利申请授权量 件 10326 2397…`): each number is a figure
 * of the row's indicator, for its column's place or year. The unit is the
 * row's `单位` cell, the label's bracket (`(亿元)`) or the table's. A row
 * without a keyword of its own (`#发明`, `实用新型`) is read under the last row
 * that has one (`发明` + `专利申请受理量`); when that names no other indicator
 * than the head row's, it is a part of it.
 */
import type { Quantity } from '../record/types.js';
import { parseQuantity } from '../numbers/index.js';
import { headerParts, type Cell, type TableBlock } from '../document/tables.js';
import { indexAt } from '../document/search.js';
import { classify, type Classified } from '../rules/classify.js';
import type { DocContext, Figure, Group } from '../model/figures.js';
import { countMeasure } from './count-measure.js';

type Role = { kind: 'unit' | 'total' | 'skip' | 'unknown' } | { kind: 'year'; year: number } | { kind: 'place'; name: string };

const YEAR = /^((?:19|20)\d\d)\s*年?度?$/;
const NUMBERING = /^(?:\d{1,2}[.、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.])\s*/;

function roleOf(doc: DocContext, text: string): Role {
  const t = text.replace(/^[△▲※*#]+/, '').trim();
  if (/^(?:计量)?单位$/.test(t)) return { kind: 'unit' };
  const y = YEAR.exec(t);
  if (y) return { kind: 'year', year: Number(y[1]) };
  if (t === '' || doc.cues.re.total_row.test(t)) return { kind: 'total' };
  if (doc.rules.places.isPlace(t)) return { kind: 'place', name: t };
  if (doc.cues.re.not_a_level_column.test(t)) return { kind: 'skip' };
  return { kind: 'unknown' };
}

/** A space-separated table's columns are places or years: a name the gazetteer does not know (`市区`) is a place as written. */
const asPlace = (r: Role, text: string): Role => (r.kind === 'unknown' ? { kind: 'place', name: text.replace(/^[△▲※*#]+/, '') } : r);

/** The columns' roles when the table has one indicator a row, else null. */
export function indicatorColumns(doc: DocContext, table: TableBlock): Role[] | null {
  const roles = table.header.map((c, k) => (k === 0 ? ({ kind: 'skip' } as Role) : roleOf(doc, c.text)));
  if (table.indicatorRows) return roles.map((r, k) => asPlace(r, table.header[k].text));
  // `地区 | 2021年 | 2022年`: the rows are places, the columns years of one indicator (the title's).
  if (table.header[0] && doc.cues.re.region_column.test(table.header[0].text)) return null;
  const named = roles.filter((r) => r.kind === 'year' || r.kind === 'place').length;
  return named >= 2 && !roles.some((r) => r.kind === 'unknown') ? roles : null;
}

const fitsMeasure = (hit: Classified, q: Quantity) => hit.rule.unit === q.kind && (!hit.rule.measures || hit.rule.measures.has(q.measure));

export function indicatorRowGroups(doc: DocContext, table: TableBlock, roles: Role[]): Group[] {
  const { rules } = doc;
  const out: Group[] = [];
  const unitCol = roles.findIndex((r) => r.kind === 'unit');
  const columnPlaces = new Set(roles.flatMap((r) => (r.kind === 'place' ? [doc.rules.places.key(r.name)] : [])));
  let head: { words: string; hit: Classified | null } | null = null;
  for (const row of table.rows) {
    if (!row[0]) continue;
    const own = headerParts(row[0].text.replace(NUMBERING, '').replace(/^[#＃]+\s*|^其中\s*[:：]?/, ''));
    const keyword = rules.trigger ? rules.trigger.find(own.label) : null;
    const child = !keyword || /^[#＃]|^其中/.test(row[0].text.trim());
    let words = own.label;
    if (keyword && !/^[#＃]|^其中/.test(row[0].text.trim())) head = { words: own.label.slice(keyword.index), hit: null };
    else if (head) words = own.label + head.words;
    const measure = (unitCol >= 0 ? row[unitCol]?.text : '') || own.measure || countMeasure(words) || table.unit;
    const start = row[0].start;
    const group: Group = {
      kind: 'row',
      start,
      end: row[row.length - 1].end,
      paragraph: indexAt(doc.structure.paragraphStarts, start),
      masked: '',
      figures: [],
      title: table.title,
      tableStart: table.start,
    };
    for (let j = 1; j < row.length && j < roles.length; j++) {
      const role = roles[j];
      const cell: Cell = row[j];
      if (role.kind === 'unit' || role.kind === 'skip' || role.kind === 'unknown' || !measure || !/\d/.test(cell.text)) continue;
      const parsed = parseQuantity(cell.text + measure);
      if (!parsed) continue;
      const q: Quantity = { ...parsed, start: cell.start, end: cell.end, text: doc.text.slice(cell.start, cell.end) };
      let hit = classify(q, { before: words, after: '', clause: words }, rules.rules);
      if (head && !child) head.hit = hit;
      const f: Figure = {
        q,
        group,
        index: group.figures.length,
        at: 0,
        window: { before: words, after: '', clause: words },
        clauseStart: start,
        hit,
        year: { year: null },
        status: 'actual',
        qualifier: q.qualifier,
      };
      if (role.kind === 'year') f.columnYear = role.year;
      if (role.kind === 'place') f.region = role.name.replace(/^[△▲※*#]+/, '');
      // The whole of a table of places is the document's place, unless that is one of the columns.
      if (role.kind === 'total' && doc.place && columnPlaces.has(doc.rules.places.key(doc.place))) f.region = null;
      // `实用新型` under `专利申请受理量`: the head row's indicator, a part of it.
      if (child && head?.hit && (!hit || hit.rule.id === head.hit.rule.id) && fitsMeasure(head.hit, q)) {
        f.hit = hit = head.hit;
        f.part = own.label;
      }
      group.figures.push(f);
    }
    if (group.figures.length) out.push(group);
  }
  return out;
}
