/**
 * From records to summary rows: group by quantity, then sort each group's
 * statements into values that agree (src/summary/interval.ts) and pick the
 * value a row shows.
 *
 * - Exact figures that agree (the same value, or the finer one rounds to the
 *   coarser: `1273.36亿元` and `1273亿元`) are one value; the finest is shown.
 * - The row shows the value stated by the most documents; ties go to the one
 *   whose latest document is newest (docDate), then to the finer figure.
 * - Bounds (`超过960亿元`, `约…`, ranges) join the shown value when they agree
 *   with it (no conflict: `over 960` and `962.3` say the same), else another
 *   value they agree with, else stand as values of their own. With bounds
 *   only, the tightest one is shown (`over 400` and `over 450`: `over 450`).
 * - Every other value is a conflict, listed with its documents.
 * - Figures without a year, and per-unit amounts (`每家…`), are left out and
 *   counted in `skipped`.
 */
import type { IndicatorRecord } from '../record/types.js';
import { groupRecords, type Statement } from './group.js';
import { finerThan, intersect, intervalOf, pointOf, type Interval } from './interval.js';
import type { Summary, SummaryRow, SummarySource, SummaryValue } from './types.js';

interface Cluster {
  statements: Statement[];
  interval: Interval;
  order: number;
}

/** exact first, then ranges and abouts, then one-sided bounds. */
const RANK: Record<string, number> = { exact: 0, range: 1, about: 2, over: 3, under: 3 };

function documentsOf(c: Cluster): number {
  return new Set(c.statements.map((s) => s.file)).size;
}

function newest(c: Cluster): string {
  return c.statements.reduce((d, s) => (s.docDate && s.docDate > d ? s.docDate : d), '');
}

/** Most documents, then the newest document, then the earlier cluster. */
function better(a: Cluster, b: Cluster): number {
  return documentsOf(b) - documentsOf(a) || newest(b).localeCompare(newest(a)) || a.order - b.order;
}

/** Put a statement into the first cluster it agrees with (in `order`), or a new one. */
function place(s: Statement, clusters: Cluster[], order: Cluster[] = clusters): void {
  const iv = intervalOf(s);
  for (const c of order) {
    const both = intersect(c.interval, iv);
    if (both) {
      c.statements.push(s);
      c.interval = both;
      return;
    }
  }
  // Exact figures come finest first: a cluster holds its finest value as a point.
  clusters.push({ statements: [s], interval: s.qualifier === 'exact' ? pointOf(s) : iv, order: clusters.length });
}

/** The statement a value is shown as: an exact figure with the most digits, else the tightest bound. */
function representative(c: Cluster): Statement {
  const tighter = (a: Statement, b: Statement): Statement => {
    const ra = RANK[a.qualifier] ?? 4;
    const rb = RANK[b.qualifier] ?? 4;
    if (ra !== rb) return ra < rb ? a : b;
    if (a.qualifier === 'over') return b.value > a.value ? b : a;
    if (a.qualifier === 'under') return b.value < a.value ? b : a;
    // exact: the finer last written digit (`9.9万件` is coarser than `99213件`)
    return finerThan(b, a) ? b : a;
  };
  return c.statements.reduce(tighter);
}

function byPlace(a: SummarySource, b: SummarySource): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

function valueOf(c: Cluster): SummaryValue {
  const r = representative(c);
  const v: SummaryValue = {
    value: r.value,
    qualifier: r.qualifier,
    measure: r.measure,
    text: r.text,
    documents: documentsOf(c),
    sources: c.statements.map(({ unit: _unit, ...source }) => source).sort(byPlace),
  };
  if (r.valueMax !== undefined) v.valueMax = r.valueMax;
  return v;
}

function ordered(v: SummaryValue): SummaryValue {
  // valueMax after value in the JSON
  const { value, valueMax, ...rest } = v;
  return valueMax === undefined ? { value, ...rest } : { value, valueMax, ...rest };
}

/** The agreeing values of a group's statements, the shown one first. */
export function clusterStatements(statements: readonly Statement[]): SummaryValue[] {
  // finest first (stable: statements keep their order otherwise)
  const exact = statements.filter((s) => s.qualifier === 'exact').sort((a, b) => (finerThan(a, b) ? -1 : finerThan(b, a) ? 1 : 0));
  const bounds = statements.filter((s) => s.qualifier !== 'exact').sort((a, b) => (RANK[a.qualifier] ?? 4) - (RANK[b.qualifier] ?? 4));
  const clusters: Cluster[] = [];
  for (const s of exact) place(s, clusters);
  const main = [...clusters].sort(better)[0];
  for (const s of bounds) place(s, clusters, main ? [main, ...clusters.filter((c) => c !== main)] : clusters);
  return clusters.sort(better).map((c) => ordered(valueOf(c)));
}

/** Summary rows of records, in the order of each quantity's first record. */
export function summarize(records: Iterable<IndicatorRecord>): Summary {
  const skipped = { undated: 0, perUnit: 0 };
  const kept: IndicatorRecord[] = [];
  for (const r of records) {
    if (r.per && r.per.length) skipped.perUnit++;
    else if (r.year === null || r.year === undefined) skipped.undated++;
    else kept.push(r);
  }
  const rows = groupRecords(kept).map((g): SummaryRow => {
    const [shown, ...conflicts] = clusterStatements(g.statements);
    return { ...g.key, ...shown!, conflicts };
  });
  return { rows, skipped };
}
