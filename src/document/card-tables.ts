/**
 * Tables a web page shows as cards, flattened to text: each row is a line
 * naming it (a scheme, a district), then one `column: value` line per column,
 * the same columns in the same order on every card:
 *
 *     甲计划
 *     资助项目: 1 200
 *     资助金额(百万元): 35.5
 *     乙计划
 *     资助项目: 80
 *     资助金额(百万元): 4.2
 *
 * Read as a keyed table (the card's name is the row key), so the columns are
 * classified by their labels the way a table's header is.
 */
import type { Cell, TableBlock } from './tables.js';
import { linesIn, type Line } from './cell-line-tables.js';

/** `label: value` (a value may group its thousands with commas or spaces, and carry footnote stars). */
const FIELD = /^([^:：,，。;；!！?？|\t\d]{1,24})\s*[:：]\s*([-+]?\d{1,3}(?:[, \u00a0\u2009]\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?)\s*(%?)\s*\**$/;
/** A line that ends in `: number` (global: two calls find two such lines). */
const FIELD_END = /[:：][ \t]*[-+]?\d[\d, .\u00a0\u2009]*%?[ \t]*\**[ \t]*$/gm;
/** A card's name: a short line that is no field and no sentence. */
const NAME = /^[^:：,，。;；!！?？|\t]{1,40}$/;

interface Card {
  name: Line;
  fields: { label: string; labelCell: Cell; value: Cell }[];
}

function cardAt(lines: Line[], i: number): Card | null {
  const name = lines[i];
  if (!name || !NAME.test(name.text) || FIELD.test(name.text)) return null;
  const fields: Card['fields'] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const m = FIELD.exec(lines[j].text);
    if (!m) break;
    const label = m[1].trim();
    const at = lines[j].start;
    const v = lines[j].text.indexOf(m[2], m[1].length);
    fields.push({
      label,
      labelCell: { start: at, end: at + label.length, text: label },
      value: { start: at + v, end: at + v + m[2].length + m[3].length, text: m[2].replace(/[ \u00a0\u2009]/g, '') + m[3] },
    });
  }
  return fields.length ? { name, fields } : null;
}

const sameColumns = (a: Card, b: Card) => a.fields.length === b.fields.length && a.fields.every((f, k) => f.label === b.fields[k].label);

/** Every run of two or more cards with the same columns. */
export function findCardTables(norm: string): TableBlock[] {
  // Cheap test first (one linear pass): two lines that end in `: number`.
  FIELD_END.lastIndex = 0;
  if (!FIELD_END.test(norm) || !FIELD_END.test(norm)) return [];
  const lines = linesIn(norm).filter((l) => l.text !== '');
  const out: TableBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = cardAt(lines, i);
    if (!first) {
      i++;
      continue;
    }
    const cards = [first];
    let next = i + 1 + first.fields.length;
    for (let c = cardAt(lines, next); c && sameColumns(first, c); c = cardAt(lines, next)) {
      cards.push(c);
      next += 1 + c.fields.length;
    }
    if (cards.length >= 2) out.push(tableOf(cards));
    i = cards.length >= 2 ? next : i + 1;
  }
  return out;
}

function tableOf(cards: Card[]): TableBlock {
  const first = cards[0];
  const last = cards[cards.length - 1];
  const lastValue = last.fields[last.fields.length - 1].value;
  return {
    title: '',
    unit: null,
    header: [{ start: first.name.start, end: first.name.start, text: '' }, ...first.fields.map((f) => f.labelCell)],
    rows: cards.map((c) => [{ start: c.name.start, end: c.name.start + c.name.text.length, text: c.name.text }, ...c.fields.map((f) => f.value)]),
    start: first.name.start,
    end: lastValue.end,
    keyedRows: true,
  };
}
