/**
 * What `extract check --update` changes in each `documents:` entry: which
 * figures are kept, changed, removed or added, and which metadata changes,
 * computed from the records the extractor gives now (no text is touched here).
 */
import type { IndicatorRecord } from '../record/types.js';
import { fieldMismatches, recordMatches } from './compare-fields.js';
import type { FieldMismatch, RecordsByFile } from './compare-types.js';
import { META_KEYS, type ExpectedDocument, type ExpectedFigure } from './expectations-schema.js';
import {
  byPosition,
  describeFigure,
  describeSpec,
  fieldValueText,
  newFigureObject,
  recordFieldValue,
  specKey,
  specMatches,
  specOf,
  type FigureSpec,
} from './update-figure-text.js';

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

/** Set `key` to `value`, or delete it when `value` is undefined. */
export interface FieldEdit {
  key: string;
  value: unknown;
}

/** What to do to one `documents:` entry. */
export interface DocPlan {
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

export function recordsOf(recordsByFile: RecordsByFile, path: string): readonly IndicatorRecord[] {
  if (recordsByFile instanceof Map) return recordsByFile.get(path) ?? [];
  return (recordsByFile as Readonly<Record<string, readonly IndicatorRecord[]>>)[path] ?? [];
}

export function planMeta(ed: ExpectedDocument, records: readonly IndicatorRecord[], plan: DocPlan, changes: FigureChange[]): void {
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

export function planFigures(
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
