/**
 * `extract check --update`: rewrite an expectations file from the records the
 * extractor gives now, keeping the file's documents, comments and the figures
 * that still hold, and say exactly what changed (`+` added, `-` removed,
 * `~` changed). Writing is the caller's job; removals and changes should be
 * confirmed by the user (`--yes`).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { shiftDecimal, numberToDecimal } from '../output/decimal.js';
import { measureAsWritten, measureExponent } from '../output/human.js';
import type { IndicatorRecord } from '../types.js';
import { fieldMismatches, recordMatches, type CheckedField, type FieldMismatch, type RecordsByFile } from './compare.js';
import { META_KEYS, readFigureValue, type ExpectedDocument, type ExpectedFigure, type Expectations } from './expectations.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FigureChange {
  kind: ChangeKind;
  /** The document's `file:` as written. */
  file: string;
  /** The resolved document path. */
  path: string;
  /** Indicator id, or `meta.docTitle`… for metadata. */
  indicator: string;
  /** The figure before (removed, changed), as a short text. */
  before?: string;
  /** The figure after (added, changed), as a short text. */
  after?: string;
}

export interface UpdateResult {
  /** The new YAML text (the original text when nothing changed). */
  text: string;
  changes: FigureChange[];
  added: number;
  removed: number;
  changed: number;
  /** Something would be removed or changed: ask before writing. */
  needsConfirmation: boolean;
}

export interface UpdateOptions {
  /** Which indicator ids to write (default: everything but `other`). */
  isBuiltIn?: (indicator: string) => boolean;
}

/** The fields a new figure is written with, in this order. */
interface FigureSpec {
  indicator: string;
  value: number;
  valueMax?: number;
  /** What to write as `value:` (a text figure or a number). */
  valueOut: string | number;
  /** Whether `valueMax` must be written separately (the value text does not carry it). */
  writeValueMax: boolean;
  year: number | null;
  qualifier: string;
  status: string;
  unit: string;
  /** Write `line:` too (the document's figures use it). */
  writeLine: boolean;
  /** The first record of this figure (position, fields). */
  record: IndicatorRecord;
  /** Every record that is this figure (the same figure mentioned again). */
  records: IndicatorRecord[];
}

/** How a text reads back: undefined when it does not give the record's value (and valueMax). */
function readBack(text: string, r: IndicatorRecord): { qualifier?: string } | undefined {
  const v = readFigureValue(text);
  if (typeof v === 'string') return undefined;
  if (v.value !== r.value || v.valueMax !== r.valueMax) return undefined;
  return v.qualifier === undefined ? {} : { qualifier: v.qualifier };
}

/**
 * How to write a record's value, first that reads back to the same value:
 * the record's own text when it is just the figure (`9.9万件`, `1273.36亿元`);
 * the figure in its measure (`2700家` for `超过2700家`, whose qualifier is
 * written as `qualifier: over`); the record's text with its qualifier words;
 * else the base-unit number.
 */
export function figureValueText(r: IndicatorRecord): { value: string | number; carriesMax: boolean } {
  const carriesMax = r.valueMax !== undefined;
  const text = r.text?.trim();
  const own = text ? readBack(text, r) : undefined;
  if (text && own && (own.qualifier === undefined || own.qualifier === 'range')) return { value: text, carriesMax };
  if (r.measure) {
    const measure = measureAsWritten(text, r.measure, r.unit);
    const exp = measureExponent(measure, r.unit);
    const lo = shiftDecimal(numberToDecimal(r.value), -exp);
    const t = r.valueMax === undefined ? `${lo}${measure}` : `${lo}-${shiftDecimal(numberToDecimal(r.valueMax), -exp)}${measure}`;
    if (readBack(t, r)) return { value: t, carriesMax };
  }
  if (text && own) return { value: text, carriesMax };
  return { value: r.value, carriesMax: false };
}

function specOf(r: IndicatorRecord, writeLine: boolean): FigureSpec {
  const { value, carriesMax } = figureValueText(r);
  const spec: FigureSpec = {
    indicator: r.indicator,
    value: r.value,
    valueOut: value,
    writeValueMax: r.valueMax !== undefined && !carriesMax,
    year: r.year,
    qualifier: r.qualifier,
    status: r.status,
    unit: r.unit,
    writeLine,
    record: r,
    records: [r],
  };
  if (r.valueMax !== undefined) spec.valueMax = r.valueMax;
  return spec;
}

function specKey(r: IndicatorRecord, withLine: boolean): string {
  return JSON.stringify([r.indicator, r.value, r.valueMax ?? null, r.year, r.qualifier, r.status, r.unit, withLine ? r.line : 0]);
}

function specMatches(f: ExpectedFigure, s: FigureSpec): boolean {
  return s.records.some((r) => recordMatches(f, r));
}

function describeSpec(s: FigureSpec): string {
  const extra = [s.year === null ? 'no year' : String(s.year), s.qualifier, s.status, s.unit];
  return `${s.valueOut}${s.writeValueMax ? `–${s.valueMax}` : ''} (${extra.join(', ')})`;
}

function describeFigure(f: ExpectedFigure): string {
  const extra: string[] = [];
  if (f.year !== undefined) extra.push(f.year === null ? 'no year' : String(f.year));
  if (f.qualifier !== undefined) extra.push(f.qualifier);
  if (f.status !== undefined) extra.push(f.status);
  if (f.unit !== undefined) extra.push(f.unit);
  return `${f.source}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function fieldValueText(v: string | number | null | undefined): string {
  return v === undefined ? 'none' : v === null ? 'null' : String(v);
}

function byPosition(a: IndicatorRecord, b: IndicatorRecord): number {
  return a.line - b.line || a.column - b.column;
}

function newFigureNode(doc: Document, s: FigureSpec): YAMLMap {
  const obj: Record<string, unknown> = { indicator: s.indicator, value: s.valueOut };
  if (s.writeValueMax && s.valueMax !== undefined) obj.valueMax = s.valueMax;
  obj.year = s.year;
  obj.qualifier = s.qualifier;
  obj.status = s.status;
  obj.unit = s.unit;
  if (s.writeLine) obj.line = s.record.line;
  const node = doc.createNode(obj) as YAMLMap;
  node.flow = true;
  return node;
}

/** What to write for a checked field, from a record (undefined: the record lacks it). */
function recordFieldValue(r: IndicatorRecord, field: CheckedField): unknown {
  switch (field) {
    case 'period':
      return r.period ? { from: r.period.from, to: r.period.to } : undefined;
    case 'per':
      return r.per ? [...r.per] : undefined;
    case 'growth':
      return r.growth?.percent;
    default:
      return r[field];
  }
}

/** Set a key, keeping an existing scalar node (its quoting style and comments) when the new value is a scalar too. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const existing = map.get(key, true);
  const scalarValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (isScalar(existing) && scalarValue) existing.value = value;
  else map.set(key, doc.createNode(value));
}

/** Set the fields that differ on an existing figure node (keeps the node, its comments and other keys). */
function applyMismatches(doc: Document, node: YAMLMap, mismatches: FieldMismatch[], r: IndicatorRecord): void {
  for (const m of mismatches) {
    const v = recordFieldValue(r, m.field);
    if (v === undefined) node.delete(m.field);
    else setField(doc, node, m.field, v);
  }
}

interface Slot {
  node: unknown;
  /** Position of the record it stands for (for ordering additions). */
  pos?: IndicatorRecord;
}

/**
 * Compute the updated expectations for one YAML file. `expectations` must be
 * the result of parsing `yamlText` (figure and document indices refer to it);
 * `recordsByFile` holds the current records by resolved document path.
 */
export function updateExpectations(
  yamlText: string,
  expectations: Expectations,
  recordsByFile: RecordsByFile,
  options: UpdateOptions = {},
): UpdateResult {
  const isBuiltIn = options.isBuiltIn ?? ((id: string) => id !== 'other');
  const bom = yamlText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const doc = parseDocument(bom ? yamlText.slice(1) : yamlText);
  const docsSeq = doc.get('documents', true);
  if (!isSeq(docsSeq)) throw new Error('updateExpectations: the YAML has no "documents" list (parse it with parseExpectations first)');
  const changes: FigureChange[] = [];

  for (const ed of expectations.documents) {
    const docNode = docsSeq.items[ed.index];
    if (!isMap(docNode)) continue;
    const figSeq = docNode.get('figures', true);
    if (!isSeq(figSeq)) continue;
    const all = recordsOf(recordsByFile, ed.path);
    const records = all.filter((r) => isBuiltIn(r.indicator)).sort(byPosition);
    updateMeta(doc, ed, docNode, all, changes);
    updateFigures(doc, ed, figSeq, records, changes);
  }

  const added = changes.filter((c) => c.kind === 'added').length;
  const removed = changes.filter((c) => c.kind === 'removed').length;
  const changed = changes.filter((c) => c.kind === 'changed').length;
  const text = changes.length === 0 ? yamlText : bom + doc.toString({ lineWidth: 0 });
  return { text, changes, added, removed, changed, needsConfirmation: removed + changed > 0 };
}

function recordsOf(recordsByFile: RecordsByFile, path: string): readonly IndicatorRecord[] {
  if (recordsByFile instanceof Map) return recordsByFile.get(path) ?? [];
  return (recordsByFile as Readonly<Record<string, readonly IndicatorRecord[]>>)[path] ?? [];
}

function updateMeta(doc: Document, ed: ExpectedDocument, docNode: YAMLMap, records: readonly IndicatorRecord[], changes: FigureChange[]): void {
  const first = records[0];
  if (!ed.meta || !first) return;
  const metaNode = docNode.get('meta', true);
  if (!isMap(metaNode)) return;
  for (const key of META_KEYS) {
    if (!(key in ed.meta)) continue;
    const expected = ed.meta[key];
    const actual = first[key] ?? null;
    if (expected === actual) continue;
    setField(doc, metaNode, key, actual);
    changes.push({
      kind: 'changed',
      file: ed.file,
      path: ed.path,
      indicator: `meta.${key}`,
      before: expected === null || expected === undefined ? 'null' : JSON.stringify(expected),
      after: actual === null ? 'null' : JSON.stringify(actual),
    });
  }
}

function updateFigures(doc: Document, ed: ExpectedDocument, figSeq: YAMLSeq, records: IndicatorRecord[], changes: FigureChange[]): void {
  // Distinct figures among the records (the same figure mentioned twice is written once).
  // When the file pins figures to lines, new figures get a line too, and a
  // figure repeated on another line is another figure.
  const withLine = ed.figures.some((f) => f.recordLine !== undefined);
  const specs = new Map<string, FigureSpec>();
  for (const r of records) {
    const k = specKey(r, withLine);
    const s = specs.get(k);
    if (s) s.records.push(r);
    else specs.set(k, specOf(r, withLine));
  }
  const covered = new Set<FigureSpec>();

  type Plan = { keep: true; pos?: IndicatorRecord } | { keep: false };
  const plan = new Map<number, Plan>();
  const unresolved: ExpectedFigure[] = [];

  // 1. Figures that still hold are kept as they are.
  for (const f of ed.figures) {
    const matching = [...specs.values()].filter((s) => specMatches(f, s));
    if (matching.length > 0) {
      for (const s of matching) covered.add(s);
      plan.set(f.index, { keep: true, pos: matching[0]?.records.find((r) => recordMatches(f, r)) });
    } else unresolved.push(f);
  }

  // 2. A figure whose indicator and value are still there, with other fields: change those fields.
  const stillUnresolved: ExpectedFigure[] = [];
  for (const f of unresolved) {
    const s = [...specs.values()]
      .filter((x) => !covered.has(x) && x.indicator === f.indicator && x.value === f.value)
      .sort((a, b) => fieldMismatches(f, a.record).length - fieldMismatches(f, b.record).length)[0];
    if (!s) {
      stillUnresolved.push(f);
      continue;
    }
    covered.add(s);
    const node = figSeq.items[f.index];
    const mismatches = fieldMismatches(f, s.record);
    if (isMap(node)) applyMismatches(doc, node, mismatches, s.record);
    plan.set(f.index, { keep: true, pos: s.record });
    changes.push({
      kind: 'changed',
      file: ed.file,
      path: ed.path,
      indicator: f.indicator,
      before: describeFigure(f),
      after: `${f.source}: ${mismatches.map((m) => `${m.field} ${fieldValueText(m.expected)} → ${fieldValueText(m.actual)}`).join(', ')}`,
    });
  }

  // 3. Pair a figure with a new value of the same indicator (and a compatible year), closest first.
  const pairs: { f: ExpectedFigure; s: FigureSpec; d: number }[] = [];
  for (const f of stillUnresolved) {
    for (const s of specs.values()) {
      if (covered.has(s) || s.indicator !== f.indicator) continue;
      if (f.year !== undefined && f.year !== s.year) continue;
      pairs.push({ f, s, d: Math.abs(s.value - f.value) });
    }
  }
  pairs.sort((a, b) => a.d - b.d || byPosition(a.s.record, b.s.record));
  const paired = new Set<ExpectedFigure>();
  for (const { f, s } of pairs) {
    if (paired.has(f) || covered.has(s)) continue;
    paired.add(f);
    covered.add(s);
    const node = figSeq.items[f.index];
    if (isMap(node)) {
      setField(doc, node, 'value', s.valueOut);
      if (s.writeValueMax && s.valueMax !== undefined) setField(doc, node, 'valueMax', s.valueMax);
      else if (node.has('valueMax')) node.delete('valueMax');
      const rest = fieldMismatches(f, s.record).filter((m) => m.field !== 'valueMax');
      applyMismatches(doc, node, rest, s.record);
    }
    plan.set(f.index, { keep: true, pos: s.record });
    changes.push({ kind: 'changed', file: ed.file, path: ed.path, indicator: f.indicator, before: describeFigure(f), after: describeSpec(s) });
  }

  // 4. The rest is gone.
  for (const f of stillUnresolved) {
    if (paired.has(f)) continue;
    plan.set(f.index, { keep: false });
    changes.push({ kind: 'removed', file: ed.file, path: ed.path, indicator: f.indicator, before: describeFigure(f) });
  }

  // Rebuild the list: kept items in their order (a removed item's leading comment
  // moves to the next item), additions placed by their position in the document.
  const slots: Slot[] = [];
  let pendingComment: string | undefined;
  figSeq.items.forEach((item, i) => {
    const p = plan.get(i);
    const node = item as Node;
    if (p && !p.keep) {
      const cb = (node as { commentBefore?: string | null }).commentBefore;
      if (cb) pendingComment = pendingComment ? `${pendingComment}\n${cb}` : cb;
      return;
    }
    if (pendingComment) {
      const n = node as { commentBefore?: string | null };
      n.commentBefore = n.commentBefore ? `${pendingComment}\n${n.commentBefore}` : pendingComment;
      pendingComment = undefined;
    }
    const slot: Slot = { node: item };
    const pos = p && p.keep ? p.pos : undefined;
    if (pos) slot.pos = pos;
    slots.push(slot);
  });
  if (pendingComment) {
    figSeq.comment = figSeq.comment ? `${pendingComment}\n${figSeq.comment}` : pendingComment;
  }

  const additions = [...specs.values()].filter((s) => !covered.has(s)).sort((a, b) => byPosition(a.record, b.record));
  for (const s of additions) {
    const node = newFigureNode(doc, s);
    const at = slots.findIndex((x) => x.pos !== undefined && byPosition(x.pos, s.record) > 0);
    const slot: Slot = { node, pos: s.record };
    if (at < 0) slots.push(slot);
    else slots.splice(at, 0, slot);
    changes.push({ kind: 'added', file: ed.file, path: ed.path, indicator: s.indicator, after: describeSpec(s) });
  }

  figSeq.items = slots.map((s) => s.node);
  if (figSeq.flow && figSeq.items.length > 0) figSeq.flow = false;
}

/**
 * The change list for people, one line each:
 * `+ seeds/000.txt  tech_contract.value  1273.36亿元 (2019, exact, actual, CNY)`,
 * `- …`, `~ … before → after`.
 */
export function formatChanges(changes: readonly FigureChange[], displayPath: (c: FigureChange) => string = (c) => c.file): string {
  const lines = changes.map((c) => {
    const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
    const what = c.kind === 'added' ? c.after : c.kind === 'removed' ? c.before : `${c.before} → ${c.after}`;
    return `${sign} ${displayPath(c)}  ${c.indicator}  ${what}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** `update expectations.yaml: 3 added, 1 removed, 2 changed` (or `no changes`). */
export function formatUpdateSummary(source: string, r: Pick<UpdateResult, 'added' | 'removed' | 'changed'>): string {
  if (r.added + r.removed + r.changed === 0) return `update ${source}: no changes`;
  return `update ${source}: ${r.added} added, ${r.removed} removed, ${r.changed} changed`;
}
