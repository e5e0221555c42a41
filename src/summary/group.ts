/**
 * Grouping records into quantities: the key (indicator × region × year ×
 * period × status × part × phase × unit) and the statements of each group,
 * one per document and distinct value (a figure repeated inside a document,
 * as in a summary paragraph and the body, is one statement).
 */
import { regionKey } from '../check/region-key.js';
import type { IndicatorRecord } from '../record/types.js';
import type { SummaryKey, SummarySource } from './types.js';

/** One document's statement of a value: the first occurrence, later ones as `alsoLines`. */
export interface Statement extends SummarySource {
  unit: string;
}

export interface Group {
  key: SummaryKey;
  statements: Statement[];
}

/** The string that identifies a record's quantity; regions compare without 省/市/区/县. */
export function groupId(r: IndicatorRecord): string {
  return JSON.stringify([
    r.indicator,
    r.indicator === 'other' ? r.label : '',
    r.region ? regionKey(r.region) : null,
    r.year ?? null,
    r.period ? `${r.period.from}-${r.period.to}` : null,
    r.status,
    r.part ?? null,
    r.phase ?? null,
    r.unit,
  ]);
}

function keyOf(r: IndicatorRecord): SummaryKey {
  const key: SummaryKey = {
    indicator: r.indicator,
    label: r.label,
    region: r.region ?? null,
    year: r.year ?? null,
    status: r.status,
    part: r.part ?? null,
    phase: r.phase ?? null,
    unit: r.unit,
  };
  if (r.period) key.period = { ...r.period };
  return key;
}

function statementOf(r: IndicatorRecord): Statement {
  const s: Statement = {
    file: r.file,
    line: r.line,
    column: r.column,
    value: r.value,
    qualifier: r.qualifier,
    measure: r.measure,
    unit: r.unit,
    text: r.text,
    sentence: r.sentence,
    docTitle: r.docTitle ?? null,
    docDate: r.docDate ?? null,
  };
  if (r.page !== undefined) s.page = r.page;
  if (r.valueMax !== undefined) s.valueMax = r.valueMax;
  return s;
}

/** The region as most records of a group write it (ties: the longer name, `广州市` over `广州`). */
function usualSpelling(names: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [name, count] of names) {
    if (count > n || (count === n && best !== null && name.length > best.length)) {
      best = name;
      n = count;
    }
  }
  return best;
}

/**
 * Records grouped by quantity, in the order of their first record, each with
 * its statements in record order. Same document, same value and qualifier:
 * one statement.
 */
export function groupRecords(records: Iterable<IndicatorRecord>): Group[] {
  const groups = new Map<string, { group: Group; seen: Map<string, Statement>; spellings: Map<string, number> }>();
  for (const r of records) {
    const id = groupId(r);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { group: { key: keyOf(r), statements: [] }, seen: new Map(), spellings: new Map() }));
    if (r.region) g.spellings.set(r.region, (g.spellings.get(r.region) ?? 0) + 1);
    const same = JSON.stringify([r.file, r.value, r.valueMax ?? null, r.qualifier]);
    const earlier = g.seen.get(same);
    if (earlier) {
      if (r.line !== earlier.line) (earlier.alsoLines ??= []).push(r.line);
      continue;
    }
    const s = statementOf(r);
    g.seen.set(same, s);
    g.group.statements.push(s);
  }
  return [...groups.values()].map(({ group, spellings }) => {
    group.key.region = usualSpelling(spellings);
    return group;
  });
}
