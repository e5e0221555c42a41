/**
 * Read one entry of a document's `figures:` list into an expected figure,
 * reporting every problem at its line and column.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Qualifier, Status } from '../record/types.js';
import { unknownIndicatorMessage, unknownKeyMessage } from './expectations-messages.js';
import { FIGURE_KEYS, QUALIFIERS, STATUSES, UNITS, type ExpectedFigure } from './expectations-schema.js';
import { readFigureValue, type ReadValue } from './expectations-value.js';
import { findPair, keyName } from './expectations-yaml-keys.js';

/** What reading a figure needs from the file being read: where to report problems, positions, the known ids. */
export interface FigureContext {
  at: (offset: number | undefined, message: string) => void;
  nodeAt: (node: Node | null | undefined, fallback: number, message: string) => void;
  lc: LineCounter;
  knownIndicators: Set<string>;
}

export function readFigure(cx: FigureContext, node: Node | null, index: number, fallback: number): ExpectedFigure | undefined {
  const { at, nodeAt, lc, knownIndicators } = cx;
  const start = node?.range?.[0] ?? fallback;
  if (!isMap(node)) {
    at(start, `figures[${index}] must be a mapping like { indicator: tech_contract.value, value: 1273.36亿元 }`);
    return undefined;
  }
  let ok = true;
  const fail = (n: Node | null | undefined, msg: string): void => {
    ok = false;
    nodeAt(n, start, msg);
  };
  for (const pair of node.items) {
    const k = keyName(pair);
    if (!FIGURE_KEYS.includes(k)) fail(pair.key as Node, unknownKeyMessage(k, FIGURE_KEYS, 'a figure'));
  }

  let indicator = '';
  const indPair = findPair(node, 'indicator');
  if (!indPair) fail(node, `figures[${index}] is missing "indicator"`);
  else {
    const v = indPair.value as Node | null;
    if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') fail(v ?? (indPair.key as Node), '"indicator" must be an indicator id like tech_contract.value');
    else {
      indicator = v.value.trim();
      if (!knownIndicators.has(indicator)) fail(v, unknownIndicatorMessage(indicator, knownIndicators));
    }
  }

  let read: ReadValue | undefined;
  let source = '';
  const valPair = findPair(node, 'value');
  if (!valPair) fail(node, `figures[${index}]${indicator ? ` (${indicator})` : ''} is missing "value"`);
  else {
    const v = valPair.value as Node | null;
    const raw = isScalar(v) ? v.value : v === null ? null : {};
    const src = isScalar(v) ? (v.source ?? String(v.value)) : undefined;
    const r = readFigureValue(raw, typeof raw === 'number' ? src : undefined);
    if (typeof r === 'string') fail(v ?? (valPair.key as Node), r);
    else {
      read = r;
      source = typeof raw === 'string' ? raw.trim() : (src ?? r.valueText);
    }
  }

  const fig: Partial<ExpectedFigure> = {};

  const yearPair = findPair(node, 'year');
  if (yearPair) {
    const v = yearPair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : undefined;
    if (raw === null) fig.year = null;
    else if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) fig.year = raw;
    else fail(v ?? (yearPair.key as Node), '"year" must be a four-digit year or null');
  }

  /** A string field that must pass `ok`; reports `message` at the value otherwise. */
  const word = (key: string, ok: (s: string) => boolean, message: string): string | undefined => {
    const pair = findPair(node, key);
    if (!pair) return undefined;
    const v = pair.value as Node | null;
    const raw = isScalar(v) ? v.value : undefined;
    if (typeof raw === 'string' && ok(raw.trim())) return raw.trim();
    fail(v ?? (pair.key as Node), message);
    return undefined;
  };
  const q = word('qualifier', (s) => (QUALIFIERS as readonly string[]).includes(s), `"qualifier" must be one of ${QUALIFIERS.join(', ')}`);
  if (q) fig.qualifier = q as Qualifier;
  const st = word('status', (s) => (STATUSES as readonly string[]).includes(s), `"status" must be one of ${STATUSES.join(', ')}`);
  if (st) fig.status = st as Status;
  const u = word('unit', (s) => UNITS.has(s), '"unit" must be an ISO currency (CNY, USD, HKD…) for money, or count, percent, ratio');
  if (u) fig.unit = u;

  const mPair = findPair(node, 'valueMax');
  if (mPair) {
    const v = mPair.value as Node | null;
    const raw = isScalar(v) ? v.value : v === null ? null : {};
    const r = readFigureValue(raw, isScalar(v) ? v.source : undefined);
    if (typeof r === 'string') fail(v ?? (mPair.key as Node), `valueMax: ${r}`);
    else fig.valueMax = r.value;
  }

  const periodPair = findPair(node, 'period');
  if (periodPair) {
    const v = periodPair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : v.toJSON();
    const from = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).from : undefined;
    const to = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).to : undefined;
    if (raw === null) fig.period = null;
    else if (isMap(v) && v.items.length === 2 && Number.isInteger(from) && Number.isInteger(to)) fig.period = { from: from as number, to: to as number };
    else fail(v ?? (periodPair.key as Node), '"period" must be { from: YEAR, to: YEAR } or null');
  }

  for (const key of ['asOf', 'region', 'part'] as const) {
    const pair = findPair(node, key);
    if (!pair) continue;
    const v = pair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : undefined;
    if (raw === null) fig[key] = null;
    else if (typeof raw === 'string' && raw.trim() !== '') {
      if (key === 'asOf' && !/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) fail(v, `"asOf" must be an ISO date YYYY-MM-DD, not "${raw}"`);
      else fig[key] = raw.trim();
    } else fail(v ?? (pair.key as Node), `"${key}" must be a string or null`);
  }

  const perPair = findPair(node, 'per');
  if (perPair) {
    const v = perPair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : v.toJSON();
    if (raw === null) fig.per = null;
    else if (isSeq(v) && Array.isArray(raw) && raw.length > 0 && raw.every((x) => typeof x === 'string' && x !== '')) fig.per = raw as string[];
    else fail(v ?? (perPair.key as Node), '"per" must be a list of measure words like [家, 年], or null');
  }

  const gPair = findPair(node, 'growth');
  if (gPair) {
    const v = gPair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : v.toJSON();
    const pct = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).percent : raw;
    if (raw === null) fig.growth = null;
    else if (typeof pct === 'number' && Number.isFinite(pct) && (isScalar(v) || (isMap(v) && v.items.length === 1))) fig.growth = pct;
    else fail(v ?? (gPair.key as Node), '"growth" must be the growth percent (13.8 or { percent: 13.8 }) or null');
  }

  const phasePair = findPair(node, 'phase');
  if (phasePair) {
    const v = phasePair.value as Node | null;
    const raw = v === null ? null : isScalar(v) ? v.value : undefined;
    if (raw === null) fig.phase = null;
    else if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) fig.phase = raw;
    else fail(v ?? (phasePair.key as Node), '"phase" must be a positive whole number (首期 is 1) or null');
  }

  for (const [key, target] of [
    ['page', 'page'],
    ['line', 'recordLine'],
    ['column', 'recordColumn'],
  ] as const) {
    const pair = findPair(node, key);
    if (!pair) continue;
    const v = pair.value as Node | null;
    const raw = isScalar(v) ? v.value : undefined;
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) fig[target] = raw;
    else fail(v ?? (pair.key as Node), `"${key}" must be a positive whole number (1-based, in the document)`);
  }

  if (!ok || read === undefined) return undefined;
  const p = lc.linePos(start);
  const out: ExpectedFigure = {
    indicator,
    value: read.value,
    valueText: read.valueText,
    source,
    line: p.line,
    column: p.col,
    index,
  };
  if (read.measure !== undefined) out.measure = read.measure;
  if (read.kind !== undefined) out.kind = read.kind;
  if (fig.unit !== undefined) out.unit = fig.unit;
  const valueMax = fig.valueMax ?? read.valueMax;
  if (valueMax !== undefined) out.valueMax = valueMax;
  if (fig.year !== undefined) out.year = fig.year;
  const qualifier = fig.qualifier ?? read.qualifier;
  if (qualifier !== undefined) out.qualifier = qualifier;
  if (fig.status !== undefined) out.status = fig.status;
  if (fig.period !== undefined) out.period = fig.period;
  if (fig.asOf !== undefined) out.asOf = fig.asOf;
  if (fig.region !== undefined) out.region = fig.region;
  if (fig.part !== undefined) out.part = fig.part;
  if (fig.phase !== undefined) out.phase = fig.phase;
  if (fig.page !== undefined) out.page = fig.page;
  if (fig.per !== undefined) out.per = fig.per;
  if (fig.growth !== undefined) out.growth = fig.growth;
  if (fig.recordLine !== undefined) out.recordLine = fig.recordLine;
  if (fig.recordColumn !== undefined) out.recordColumn = fig.recordColumn;
  return out;
}
