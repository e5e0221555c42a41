/**
 * `extract check --update`: rewrite an expectations file from the records the
 * extractor gives now, keeping the file's documents, comments and the figures
 * that still hold, and say exactly what changed (`+` added, `-` removed,
 * `~` changed). Writing is the caller's job; removals and changes should be
 * confirmed by the user (`--yes`).
 */
import { isMap, isScalar, isSeq, parseDocument, stringify as yamlStringify, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { shiftDecimal, numberToDecimal } from '../output/decimal.js';
import { measureAsWritten, measureExponent } from '../output/human.js';
import type { IndicatorRecord } from '../record/types.js';
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
  /**
   * Add figures of every indicator. Otherwise a document that is not
   * exhaustive and already lists figures gets new figures only of the
   * indicators it lists (it was written to check those).
   */
  all?: boolean;
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

/** A new figure as a plain object, keys in the order they are written. */
function newFigureObject(s: FigureSpec): Record<string, unknown> {
  const obj: Record<string, unknown> = { indicator: s.indicator, value: s.valueOut };
  if (s.writeValueMax && s.valueMax !== undefined) obj.valueMax = s.valueMax;
  obj.year = s.year;
  obj.qualifier = s.qualifier;
  obj.status = s.status;
  obj.unit = s.unit;
  if (s.writeLine) obj.line = s.record.line;
  return obj;
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

/** Set `key` to `value`, or delete it when `value` is undefined. */
interface FieldEdit {
  key: string;
  value: unknown;
}

/** What to do to one `documents:` entry. */
interface DocPlan {
  docIndex: number;
  meta: FieldEdit[];
  /** Field edits per figure index. */
  edits: Map<number, FieldEdit[]>;
  removed: Set<number>;
  /** New figures, inserted before the kept figure `before` (undefined: at the end), in order. */
  additions: { before: number | undefined; obj: Record<string, unknown> }[];
}

function mismatchEdits(mismatches: FieldMismatch[], r: IndicatorRecord): FieldEdit[] {
  return mismatches.map((m) => ({ key: m.field, value: recordFieldValue(r, m.field) }));
}

/**
 * Compute the updated expectations for one YAML file. `expectations` must be
 * the result of parsing `yamlText` (figure and document indices refer to it);
 * `recordsByFile` holds the current records by resolved document path.
 *
 * The text is edited in place where it can be (only the changed scalars,
 * removed lines and inserted lines differ, so alignment and comments stay
 * byte for byte); otherwise it is re-printed from the YAML document model,
 * which keeps comments but not alignment.
 */
export function updateExpectations(
  yamlText: string,
  expectations: Expectations,
  recordsByFile: RecordsByFile,
  options: UpdateOptions = {},
): UpdateResult {
  const isBuiltIn = options.isBuiltIn ?? ((id: string) => id !== 'other');
  const changes: FigureChange[] = [];
  const plans: DocPlan[] = [];
  for (const ed of expectations.documents) {
    const all = recordsOf(recordsByFile, ed.path);
    const records = all.filter((r) => isBuiltIn(r.indicator)).sort(byPosition);
    const plan: DocPlan = { docIndex: ed.index, meta: [], edits: new Map(), removed: new Set(), additions: [] };
    planMeta(ed, all, plan, changes);
    const listed = new Set(ed.figures.map((f) => f.indicator));
    const addable = options.all || ed.exhaustive || listed.size === 0 ? () => true : (id: string) => listed.has(id);
    planFigures(ed, records, plan, changes, addable);
    plans.push(plan);
  }

  const added = changes.filter((c) => c.kind === 'added').length;
  const removed = changes.filter((c) => c.kind === 'removed').length;
  const changed = changes.filter((c) => c.kind === 'changed').length;
  let text = yamlText;
  if (changes.length > 0) {
    const bom = yamlText.startsWith('\uFEFF') ? '\uFEFF' : '';
    const body = bom ? yamlText.slice(1) : yamlText;
    const modelled = renderModel(body, plans);
    const edited = renderEdits(body, plans);
    const same = edited !== undefined && sameData(edited, modelled);
    text = bom + (same ? (edited as string) : modelled);
  }
  return { text, changes, added, removed, changed, needsConfirmation: removed + changed > 0 };
}

function sameData(a: string, b: string): boolean {
  try {
    const da = parseDocument(a);
    const db = parseDocument(b);
    return da.errors.length === 0 && JSON.stringify(da.toJSON()) === JSON.stringify(db.toJSON());
  } catch {
    return false;
  }
}

function recordsOf(recordsByFile: RecordsByFile, path: string): readonly IndicatorRecord[] {
  if (recordsByFile instanceof Map) return recordsByFile.get(path) ?? [];
  return (recordsByFile as Readonly<Record<string, readonly IndicatorRecord[]>>)[path] ?? [];
}

function planMeta(ed: ExpectedDocument, records: readonly IndicatorRecord[], plan: DocPlan, changes: FigureChange[]): void {
  const first = records[0];
  if (!ed.meta || !first) return;
  for (const key of META_KEYS) {
    if (!(key in ed.meta)) continue;
    const expected = ed.meta[key];
    const actual = first[key] ?? null;
    if (expected === actual) continue;
    plan.meta.push({ key, value: actual });
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

function planFigures(
  ed: ExpectedDocument,
  records: IndicatorRecord[],
  plan: DocPlan,
  changes: FigureChange[],
  addable: (indicator: string) => boolean,
): void {
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
  /** Where each kept figure stands in the document (for placing additions). */
  const keptAt = new Map<number, IndicatorRecord | undefined>();
  const unresolved: ExpectedFigure[] = [];

  // 1. Figures that still hold are kept as they are.
  for (const f of ed.figures) {
    const matching = [...specs.values()].filter((s) => specMatches(f, s));
    if (matching.length > 0) {
      for (const s of matching) covered.add(s);
      keptAt.set(f.index, matching[0]?.records.find((r) => recordMatches(f, r)));
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
    const mismatches = fieldMismatches(f, s.record);
    plan.edits.set(f.index, mismatchEdits(mismatches, s.record));
    keptAt.set(f.index, s.record);
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
    const edits: FieldEdit[] = [{ key: 'value', value: s.valueOut }];
    if (s.writeValueMax && s.valueMax !== undefined) edits.push({ key: 'valueMax', value: s.valueMax });
    else if (f.valueMax !== undefined) edits.push({ key: 'valueMax', value: undefined });
    const rest = fieldMismatches(f, s.record).filter((m) => m.field !== 'valueMax');
    edits.push(...mismatchEdits(rest, s.record));
    plan.edits.set(f.index, edits);
    keptAt.set(f.index, s.record);
    changes.push({ kind: 'changed', file: ed.file, path: ed.path, indicator: f.indicator, before: describeFigure(f), after: describeSpec(s) });
  }

  // 4. The rest is gone.
  for (const f of stillUnresolved) {
    if (paired.has(f)) continue;
    plan.removed.add(f.index);
    changes.push({ kind: 'removed', file: ed.file, path: ed.path, indicator: f.indicator, before: describeFigure(f) });
  }

  // 5. Additions go before the first kept figure that comes later in the document.
  const kept = ed.figures.filter((f) => keptAt.has(f.index)).sort((a, b) => a.index - b.index);
  const additions = [...specs.values()].filter((s) => !covered.has(s) && addable(s.indicator)).sort((a, b) => byPosition(a.record, b.record));
  for (const s of additions) {
    const next = kept.find((f) => {
      const at = keptAt.get(f.index);
      return at !== undefined && byPosition(at, s.record) > 0;
    });
    plan.additions.push({ before: next?.index, obj: newFigureObject(s) });
    changes.push({ kind: 'added', file: ed.file, path: ed.path, indicator: s.indicator, after: describeSpec(s) });
  }
}

function entryOf(doc: Document, plan: DocPlan): { entry: YAMLMap; figures: YAMLSeq } | undefined {
  const docs = doc.get('documents', true);
  if (!isSeq(docs)) return undefined;
  const entry = docs.items[plan.docIndex];
  if (!isMap(entry)) return undefined;
  const figures = entry.get('figures', true);
  if (!isSeq(figures)) return undefined;
  return { entry, figures };
}

/** Set a key, keeping an existing scalar node (its quoting style and comments) when the new value is a scalar too. */
function setField(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true);
  const scalarValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (isScalar(existing) && scalarValue) existing.value = value;
  else {
    const node = doc.createNode(value) as Node;
    if (isMap(node) || isSeq(node)) node.flow = true;
    map.set(key, node);
  }
}

/** Apply the plans through the YAML document model (keeps comments, re-prints the layout). */
function renderModel(text: string, plans: DocPlan[]): string {
  const doc = parseDocument(text);
  for (const plan of plans) {
    const found = entryOf(doc, plan);
    if (!found) continue;
    const { entry, figures } = found;
    const meta = entry.get('meta', true);
    if (isMap(meta)) for (const e of plan.meta) setField(doc, meta, e.key, e.value);
    for (const [i, edits] of plan.edits) {
      const node = figures.items[i];
      if (isMap(node)) for (const e of edits) setField(doc, node, e.key, e.value);
    }
    const items: unknown[] = [];
    let pendingComment: string | undefined;
    const newNode = (obj: Record<string, unknown>): YAMLMap => {
      const n = doc.createNode(obj) as YAMLMap;
      n.flow = true;
      return n;
    };
    figures.items.forEach((item, i) => {
      for (const a of plan.additions) if (a.before === i) items.push(newNode(a.obj));
      const node = item as { commentBefore?: string | null };
      if (plan.removed.has(i)) {
        // A removed figure's leading comment moves to the next figure.
        if (node.commentBefore) pendingComment = pendingComment ? `${pendingComment}\n${node.commentBefore}` : node.commentBefore;
        return;
      }
      if (pendingComment) {
        node.commentBefore = node.commentBefore ? `${pendingComment}\n${node.commentBefore}` : pendingComment;
        pendingComment = undefined;
      }
      items.push(item);
    });
    for (const a of plan.additions) if (a.before === undefined) items.push(newNode(a.obj));
    if (pendingComment) figures.comment = figures.comment ? `${pendingComment}\n${figures.comment}` : pendingComment;
    figures.items = items;
    if (figures.flow && figures.items.length > 0) figures.flow = false;
  }
  return doc.toString({ lineWidth: 0 });
}

const UNSAFE_PLAIN = /[,[\]{}#]|: |^\s|\s$|^$/;

/** A scalar as YAML text, keeping a quoting style; plain when safe inside a flow collection. */
function scalarText(value: unknown, quote?: string): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return numberToDecimal(value);
  if (typeof value === 'boolean') return String(value);
  const s = String(value);
  if (quote === 'QUOTE_SINGLE') return `'${s.replace(/'/g, "''")}'`;
  if (quote === 'QUOTE_DOUBLE') return JSON.stringify(s);
  const plain = yamlStringify(s, { lineWidth: 0 }).trimEnd();
  if (plain.includes('\n') || plain.startsWith('"') || plain.startsWith("'") || UNSAFE_PLAIN.test(plain)) return JSON.stringify(s);
  return plain;
}

/** A value in flow style: `{ a: 1, b: x }`, `[家, 年]`, or a scalar. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${flowText(v)}`)
      .join(', ')} }`;
  }
  return scalarText(value);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

class Unsupported extends Error {}

/**
 * Apply the plans as text edits on the original (only what changed is
 * touched). Returns undefined when the layout is not one this handles (flow
 * lists of figures, block-style figures that need keys added…).
 */
function renderEdits(text: string, plans: DocPlan[]): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const lineStart = (off: number): number => text.lastIndexOf('\n', off - 1) + 1;
  const lineEnd = (off: number): number => {
    const i = text.indexOf('\n', off);
    return i < 0 ? text.length : i;
  };
  const rangeOf = (n: unknown): [number, number] => {
    const r = (n as Node | null)?.range;
    if (!r) throw new Unsupported();
    return [r[0], r[1]];
  };

  const editField = (map: YAMLMap, key: string, value: unknown): void => {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) {
      const v = pair.value as Node | null;
      if (value === undefined) {
        if (!map.flow) throw new Unsupported();
        const [ks] = rangeOf(pair.key);
        const [, ve] = rangeOf(v);
        let b = ks;
        while (b > 0 && /[ \t]/.test(text[b - 1] as string)) b--;
        if (text[b - 1] === ',') {
          edits.push({ start: b - 1, end: ve, text: '' });
          return;
        }
        let a = ve;
        while (a < text.length && /[ \t]/.test(text[a] as string)) a++;
        if (text[a] === ',') {
          a++;
          while (a < text.length && /[ \t]/.test(text[a] as string)) a++;
        }
        edits.push({ start: ks, end: a, text: '' });
        return;
      }
      if (isScalar(v)) {
        const [s, e] = rangeOf(v);
        edits.push({ start: s, end: e, text: scalarText(value, v.type) });
        return;
      }
      if ((isMap(v) || isSeq(v)) && v.flow) {
        const [s, e] = rangeOf(v);
        edits.push({ start: s, end: e, text: flowText(value) });
        return;
      }
      throw new Unsupported();
    }
    if (value === undefined) return;
    if (!map.flow || map.items.length === 0) throw new Unsupported();
    const [, end] = rangeOf(map);
    const close = text.lastIndexOf('}', end);
    if (close < 0) throw new Unsupported();
    let at = close;
    while (at > 0 && /\s/.test(text[at - 1] as string)) at--;
    edits.push({ start: at, end: at, text: `, ${key}: ${flowText(value)}` });
  };

  try {
    for (const plan of plans) {
      const found = entryOf(doc, plan);
      if (!found) throw new Unsupported();
      const { entry, figures } = found;
      const meta = entry.get('meta', true);
      for (const e of plan.meta) {
        if (!isMap(meta)) throw new Unsupported();
        editField(meta, e.key, e.value);
      }
      for (const [i, list] of plan.edits) {
        const node = figures.items[i];
        if (!isMap(node)) throw new Unsupported();
        for (const e of list) editField(node, e.key, e.value);
      }
      if (plan.removed.size === 0 && plan.additions.length === 0) continue;

      const newLine = (indent: string, obj: Record<string, unknown>): string => `${indent}- ${flowText(obj)}${eol}`;
      if (figures.flow) {
        // Only `figures: []` with nothing after it on the line.
        if (figures.items.length > 0) throw new Unsupported();
        const [s, e] = rangeOf(figures);
        const le = lineEnd(e);
        if (!/^[ \t\r]*$/.test(text.slice(e, le))) throw new Unsupported();
        const keyNode = entry.items.find((p) => isScalar(p.key) && p.key.value === 'figures')?.key;
        const [ks] = rangeOf(keyNode);
        const keyIndent = text.slice(lineStart(ks), ks);
        if (!/^[ \t-]*$/.test(keyIndent)) throw new Unsupported();
        const indent = ' '.repeat(keyIndent.length + 2);
        let b = s;
        while (b > 0 && /[ \t]/.test(text[b - 1] as string)) b--;
        const lines = plan.additions.map((a) => newLine(indent, a.obj)).join('');
        const atEnd = le === text.length;
        edits.push({ start: b, end: le, text: eol + lines.slice(0, atEnd ? undefined : -eol.length) });
        continue;
      }

      const first = figures.items[0];
      const [fs] = rangeOf(first);
      const dashPrefix = text.slice(lineStart(fs), fs);
      const m = /^([ \t]*)-[ \t]+$/.exec(dashPrefix);
      if (!m) throw new Unsupported();
      const indent = m[1] as string;

      // Whole-line span of an item (its own line(s), trailing comment included).
      const itemLines = (i: number): [number, number] => {
        const [s, e] = rangeOf(figures.items[i]);
        const ls = lineStart(s);
        if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, s))) throw new Unsupported();
        const le = lineEnd(e);
        if (!/^[ \t]*(#[^\n]*)?\r?$/.test(text.slice(e, le))) throw new Unsupported();
        return [ls, le === text.length ? le : le + 1];
      };
      for (const i of plan.removed) {
        const [a, b] = itemLines(i);
        edits.push({ start: a, end: b, text: '' });
      }
      const groups = new Map<number | undefined, string>();
      for (const a of plan.additions) groups.set(a.before, (groups.get(a.before) ?? '') + newLine(indent, a.obj));
      for (const [before, lines] of groups) {
        if (before === undefined) {
          const [, b] = itemLines(figures.items.length - 1);
          const needsEol = b === text.length && !text.endsWith('\n');
          edits.push({ start: b, end: b, text: (needsEol ? eol : '') + lines });
        } else {
          // Before the comment lines that lead the figure.
          let [a] = itemLines(before);
          while (a > 0) {
            const prev = lineStart(a - 1);
            if (!/^[ \t]*#/.test(text.slice(prev, a))) break;
            a = prev;
          }
          edits.push({ start: a, end: a, text: lines });
        }
      }
    }
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < edits.length; i++) {
    const later = edits[i - 1] as Edit;
    const cur = edits[i] as Edit;
    if (cur.end > later.start) return undefined; // overlapping edits: let the model render it
  }
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
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
