/**
 * The expectations file of `extract check` (YAML), read into typed figures or
 * into configuration errors that point at a line and column of the file.
 *
 * ```yaml
 * documents:
 *   - file: ../seeds/000_7c649211ab158f35.txt   # relative to this YAML file's folder
 *     exhaustive: true
 *     meta: { docTitle: "…", docNumber: "…", docIssuer: "…", docDate: "2020-09-03" }
 *     figures:
 *       - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
 *       - { indicator: alliance.members, value: 2700, qualifier: over }
 * ```
 */
import { isAbsolute, join, dirname } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseQuantity } from '../numbers/index.js';
import { numberToDecimal } from '../output/decimal.js';
import type { DocMeta, Period, Qualifier, Status } from '../record/types.js';

/** A problem with an expectations file, at a 1-based line and column. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column: message`, the one-line form for stderr. */
export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** One expected figure. Optional fields are checked only when given. */
export interface ExpectedFigure {
  indicator: string;
  /** The expected value in base units (yuan, count, percent number, factor). */
  value: number;
  /** The same value as an exact decimal string (`127336000000`). */
  valueText: string;
  /** The value as written in the YAML (`1273.36亿元`, `2700`). */
  source: string;
  /** The measure of a text figure (`亿元`), for display. */
  measure?: string;
  /** The kind of quantity of a text figure (`money`, `count`…), for display. */
  kind?: string;
  unit?: string;
  valueMax?: number;
  /** A number, or null for "no year"; absent when not checked. */
  year?: number | null;
  qualifier?: Qualifier;
  status?: Status;
  /** Further record fields, checked when given (null: the record must not have it). */
  period?: Period | null;
  asOf?: string | null;
  region?: string | null;
  part?: string | null;
  phase?: number | null;
  page?: number;
  per?: string[] | null;
  /** The growth percent (`growth: 13.8` or `growth: { percent: 13.8 }`). */
  growth?: number | null;
  /** The record's 1-based line / column in the document. */
  recordLine?: number;
  recordColumn?: number;
  /** Position of the figure in the YAML file. */
  line: number;
  column: number;
  /** Index in the document's `figures` list. */
  index: number;
}

export type MetaKey = keyof DocMeta;
export const META_KEYS: readonly MetaKey[] = ['docTitle', 'docNumber', 'docIssuer', 'docDate'];

/** One `documents:` entry. */
export interface ExpectedDocument {
  /** The `file:` as written. */
  file: string;
  /** `file` resolved against the YAML file's folder. */
  path: string;
  exhaustive: boolean;
  /** Metadata to check (only the keys given). */
  meta?: Partial<DocMeta>;
  figures: ExpectedFigure[];
  /** Path of the YAML file this document came from (as given for display). */
  source: string;
  line: number;
  column: number;
  /** Index in the `documents` list. */
  index: number;
}

export interface Expectations {
  /** The YAML file's path as given for display. */
  source: string;
  /** The YAML file's path, used to resolve documents. */
  path: string;
  documents: ExpectedDocument[];
}

export type ParseExpectationsResult =
  | { ok: true; expectations: Expectations; errors: [] }
  | { ok: false; errors: ConfigError[] };

export interface ParseExpectationsOptions {
  /** How to name the YAML file in error messages (default: `sourcePath`). */
  displayPath?: string;
}

/** The units a record can carry: ISO currencies the number reader knows, and the kinds. */
const UNITS = new Set(['CNY', 'USD', 'HKD', 'EUR', 'JPY', 'TWD', 'GBP', 'KRW', 'AUD', 'CAD', 'SGD', 'MOP', 'count', 'percent', 'ratio']);
const QUALIFIERS: readonly Qualifier[] = ['exact', 'over', 'about', 'under', 'range'];
const STATUSES: readonly Status[] = ['actual', 'target'];
const TOP_KEYS = ['documents'];
const DOC_KEYS = ['file', 'exhaustive', 'meta', 'figures', 'source'];
/** Record fields a figure may pin; each is checked when given. */
export type CheckedField =
  | 'year'
  | 'qualifier'
  | 'status'
  | 'unit'
  | 'valueMax'
  | 'period'
  | 'asOf'
  | 'region'
  | 'part'
  | 'phase'
  | 'page'
  | 'per'
  | 'growth'
  | 'line'
  | 'column';
export const CHECKED_FIELDS: readonly CheckedField[] = [
  'year',
  'qualifier',
  'status',
  'unit',
  'valueMax',
  'period',
  'asOf',
  'region',
  'part',
  'phase',
  'page',
  'per',
  'growth',
  'line',
  'column',
];
const FIGURE_KEYS: readonly string[] = ['indicator', 'value', ...CHECKED_FIELDS];

interface ReadValue {
  value: number;
  valueText: string;
  measure?: string;
  kind?: string;
  valueMax?: number;
  qualifier?: Qualifier;
}

const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED_DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Normalise a plain decimal (`+0012.50` → `12.5`). */
function normaliseDecimal(s: string): string {
  const neg = s.startsWith('-');
  let body = s.replace(/^[+-]/, '');
  if (body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
  body = body.replace(/^0+(?=\d)/, '');
  return neg && body !== '0' ? `-${body}` : body;
}

/**
 * Read a figure value: a YAML number (base units), a plain or grouped decimal
 * string, or a text figure that `parseQuantity` reads completely
 * (`1273.36亿元`, `9.9万件`, `超过2700家`). Returns an error message otherwise.
 */
export function readFigureValue(raw: unknown, source?: string): ReadValue | string {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return `value must be a finite number, not ${String(raw)}`;
    const src = source?.trim();
    const valueText = src !== undefined && PLAIN_DECIMAL.test(src) ? normaliseDecimal(src) : numberToDecimal(raw);
    return { value: raw, valueText };
  }
  if (typeof raw !== 'string') {
    return 'value must be a number in base units or a figure like 1273.36亿元';
  }
  const s = raw.trim();
  if (s === '') return 'value is empty';
  if (PLAIN_DECIMAL.test(s) || GROUPED_DECIMAL.test(s)) {
    const valueText = normaliseDecimal(s.replace(/,/g, ''));
    return { value: Number(valueText), valueText };
  }
  let q: ReturnType<typeof parseQuantity>;
  try {
    q = parseQuantity(s);
  } catch {
    q = null; // a reader bug must not crash the check: treat as unreadable
  }
  if (q === null) return `cannot read value "${s}" as a figure (expected a number or a figure like 1273.36亿元)`;
  if (q.start !== 0 || q.end !== s.length) {
    const before = s.slice(0, q.start);
    const after = s.slice(q.end);
    const left = [before && `"${before}" before it`, after && `"${after}" after it`].filter(Boolean).join(' and ');
    return `cannot read value "${s}" as one figure (read "${q.text}", with ${left} left over)`;
  }
  const out: ReadValue = { value: q.value, valueText: q.valueText, measure: q.measure, kind: q.kind };
  if (q.valueMax !== undefined) out.valueMax = q.valueMax;
  if (q.qualifier !== 'exact') out.qualifier = q.qualifier;
  return out;
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** `docs` of `documents`: same first letter, at least 3 letters, all in order. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** The closest candidate when it is close enough to be a typo or an abbreviation, else undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    // An abbreviation (`docs` for `documents`, `qual` for `qualifier`) counts as close.
    const ed = editDistance(w, lc);
    const d = isAbbreviation(w, lc) ? Math.min(ed, 1.5) : ed;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function unknownIndicatorMessage(id: string, known: Set<string>): string {
  const ids = [...known].filter((k) => k !== 'other').sort();
  const family = id.split('.')[0] ?? '';
  const sameFamily = ids.filter((k) => k.startsWith(`${family}.`));
  const guess = closest(id, ids);
  const list = sameFamily.length > 0 ? sameFamily : ids;
  const where = sameFamily.length > 0 ? `known ${family} ids` : 'known ids';
  return (
    `unknown indicator "${id}"` +
    (guess ? ` — did you mean "${guess}"?` : '') +
    ` (${where}: ${list.join(', ')})`
  );
}

function unknownKeyMessage(key: string, allowed: readonly string[], where: string): string {
  const guess = closest(key, allowed);
  return `unknown key "${key}" in ${where}` + (guess ? ` — did you mean "${guess}"?` : '') + ` (allowed: ${allowed.join(', ')})`;
}

/**
 * Read an expectations file. Documents' `file:` paths are resolved against
 * the folder of `sourcePath` (pass an absolute path; relative ones stay
 * relative). Every problem found is reported, each with line and column.
 */
export function parseExpectations(
  yamlText: string,
  sourcePath: string,
  knownIndicators: Set<string>,
  options: ParseExpectationsOptions = {},
): ParseExpectationsResult {
  const display = options.displayPath ?? sourcePath;
  const lc = new LineCounter();
  const text = yamlText.startsWith('\uFEFF') ? yamlText.slice(1) : yamlText;
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, keepSourceTokens: false });
  const errors: ConfigError[] = [];

  const at = (offset: number | undefined, message: string): void => {
    const p = lc.linePos(offset ?? 0);
    errors.push({ file: display, line: p.line, column: p.col, message });
  };
  const nodeAt = (node: Node | null | undefined, fallback: number, message: string): void => {
    at(node?.range?.[0] ?? fallback, message);
  };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) at(e.pos[0], `malformed YAML: ${e.message.split('\n')[0]}`);
    return { ok: false, errors };
  }

  const root = doc.contents;
  if (!isMap(root)) {
    nodeAt(root as Node | null, 0, 'expected a mapping with a "documents:" list at the top level');
    return { ok: false, errors };
  }
  const rootStart = root.range?.[0] ?? 0;
  for (const pair of root.items) {
    const k = keyName(pair);
    if (!TOP_KEYS.includes(k)) nodeAt(pair.key as Node, rootStart, unknownKeyMessage(k, TOP_KEYS, 'the top level'));
  }
  const docsPair = findPair(root, 'documents');
  if (!docsPair) {
    at(rootStart, 'missing "documents:" (a list of { file, figures } entries)');
    return { ok: false, errors };
  }
  const docsNode = docsPair.value as Node | null;
  if (!isSeq(docsNode)) {
    nodeAt(docsNode, keyStart(docsPair, rootStart), '"documents" must be a list of { file, figures } entries');
    return { ok: false, errors };
  }

  const baseDir = dirname(sourcePath);
  const documents: ExpectedDocument[] = [];

  docsNode.items.forEach((item, docIndex) => {
    const itemNode = item as Node | null;
    const docStart = itemNode?.range?.[0] ?? docsNode.range?.[0] ?? 0;
    if (!isMap(itemNode)) {
      at(docStart, `documents[${docIndex}] must be a mapping with "file" and "figures"`);
      return;
    }
    const errorsBefore = errors.length;
    for (const pair of itemNode.items) {
      const k = keyName(pair);
      if (!DOC_KEYS.includes(k)) nodeAt(pair.key as Node, docStart, unknownKeyMessage(k, DOC_KEYS, 'a document entry'));
    }

    // file
    let file = '';
    const filePair = findPair(itemNode, 'file');
    if (!filePair) at(docStart, `documents[${docIndex}] is missing "file"`);
    else {
      const v = filePair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') {
        nodeAt(v, keyStart(filePair, docStart), '"file" must be a path (relative to this YAML file\'s folder)');
      } else file = v.value.trim();
    }

    // exhaustive
    let exhaustive = false;
    const exPair = findPair(itemNode, 'exhaustive');
    if (exPair) {
      const v = exPair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'boolean') nodeAt(v, keyStart(exPair, docStart), '"exhaustive" must be true or false');
      else exhaustive = v.value;
    }

    // meta
    let meta: Partial<DocMeta> | undefined;
    const metaPair = findPair(itemNode, 'meta');
    if (metaPair) {
      const v = metaPair.value as Node | null;
      if (!isMap(v)) nodeAt(v, keyStart(metaPair, docStart), `"meta" must be a mapping of ${META_KEYS.join(', ')}`);
      else {
        meta = {};
        for (const pair of v.items) {
          const k = keyName(pair);
          const valNode = pair.value as Node | null;
          if (!(META_KEYS as readonly string[]).includes(k)) {
            nodeAt(pair.key as Node, docStart, unknownKeyMessage(k, META_KEYS, '"meta"'));
            continue;
          }
          const raw = isScalar(valNode) ? valNode.value : undefined;
          if (raw === null) meta[k as MetaKey] = null;
          else if (typeof raw === 'string') {
            if (k === 'docDate' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
              nodeAt(valNode, keyStart(pair, docStart), `"docDate" must be an ISO date YYYY-MM-DD, not "${raw}"`);
            } else meta[k as MetaKey] = raw;
          } else {
            nodeAt(valNode, keyStart(pair, docStart), `"${k}" must be a string or null`);
          }
        }
      }
    }

    // source: where a real document came from ({ url, query, … }); not checked against records
    const srcPair = findPair(itemNode, 'source');
    if (srcPair && !isMap(srcPair.value as Node | null)) {
      nodeAt(srcPair.value as Node | null, keyStart(srcPair, docStart), '"source" must be a mapping like { url: https://…, query: … }');
    }

    // figures
    const figures: ExpectedFigure[] = [];
    const figPair = findPair(itemNode, 'figures');
    if (!figPair) at(docStart, `documents[${docIndex}]${file ? ` (${file})` : ''} is missing "figures"`);
    else {
      const v = figPair.value as Node | null;
      if (!isSeq(v)) nodeAt(v, keyStart(figPair, docStart), '"figures" must be a list of { indicator, value } entries');
      else {
        v.items.forEach((fItem, figIndex) => {
          const f = readFigure(fItem as Node | null, figIndex, v.range?.[0] ?? docStart);
          if (f) figures.push(f);
        });
      }
    }

    if (errors.length > errorsBefore) return;
    const p = lc.linePos(docStart);
    const entry: ExpectedDocument = {
      file,
      path: isAbsolute(file) ? file : join(baseDir, file),
      exhaustive,
      figures,
      source: display,
      line: p.line,
      column: p.col,
      index: docIndex,
    };
    if (meta !== undefined) entry.meta = meta;
    documents.push(entry);
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, errors: [], expectations: { source: display, path: sourcePath, documents } };

  function readFigure(node: Node | null, index: number, fallback: number): ExpectedFigure | undefined {
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
}

function keyName(pair: Pair): string {
  const k = pair.key as Node | null;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyName(p) === key);
}

function keyStart(pair: Pair, fallback: number): number {
  const k = pair.key as Node | null;
  return k?.range?.[0] ?? fallback;
}
