/**
 * The quantity scanner: every number with a unit or measure word in a text.
 *
 * One pass over the UTF-16 code units finds numeral runs and the few
 * unit-first forms (百分之…, 翻番; URLs are skipped whole). A lookup table
 * decides each code unit: irregexp has no fast skip for a class of some
 * forty scattered CJK characters, and a global RegExp pass measured 3–5
 * times slower on real documents. Each run is consumed whole, so the pass is
 * linear; everything else is a sticky RegExp at one position or a look at a
 * few neighbouring characters:
 *
 *   [currency][qualifier] numeral [多|余] [magnitudes] unit [人民币] [qualifier]
 *
 * A run with no unit after it is no quantity (years, dates, document and
 * phone numbers, list markers), unless a range separator follows it and the
 * next numeral has a unit (`10-15亿元`). Malformed numerals give nothing.
 */

import type { Qualifier, Quantity, QuantityKind } from '../record/types.js';
import { CHINESE_DIGITS, CHINESE_POINTS, MAGNITUDES, magnitudeChainExponent } from './chinese.js';
import { compare, pow10, shift } from './decimal.js';
import {
  APPROX_AFTER_TEN,
  APPROX_INFIXES,
  BARE_MAGNITUDE_RE,
  codeUnitTable,
  CURRENCY_PREFIXES,
  DASH_GAP_RE,
  FOLLOWERS,
  IDIOM_RE,
  MAGNITUDE_TAIL_RE,
  MAX_SPACES,
  QUALIFIER_PREFIXES,
  RANGE_GAP_RE,
  RANGE_STARTS,
  RMB_SUFFIX_RE,
  SPACES,
  SUFFIX_QUALIFIERS,
  SUFFIX_RE,
  TRAILING_BIG_MAGNITUDES_RE,
  TRAILING_MAGNITUDES_RE,
  UNIT_RE,
  UNIT_WORDS,
  VAGUE_OR_QUALIFIER_PREFIXES,
  longestWord,
  type PrefixWord,
} from './lexicon.js';
import { lastNumeralStart, NUMERAL_RUN_CHARS, NUMERAL_START_CHARS, readNumeral } from './numeral.js';

/** What a code unit may start. */
const enum Start {
  Nothing = 0,
  Numeral = 1,
  Doubling = 2,
  Url = 3,
}
const STARTS = new Uint8Array(0x10000);
for (const ch of NUMERAL_START_CHARS) STARTS[ch.charCodeAt(0)] = Start.Numeral;
STARTS['翻'.charCodeAt(0)] = Start.Doubling;
for (const ch of 'hHfFwW') STARTS[ch.charCodeAt(0)] = Start.Url;
const IN_RUN = codeUnitTable(NUMERAL_RUN_CHARS);

/** A URL, skipped whole (sticky). */
const URL_RE = /(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/[!-~]*|[wW]{3}\.[!-~]*/y;
/** 翻番, 翻一番, 翻了一番, 翻两番 (sticky). */
const DOUBLING_RE = /翻了?[一二两兩三四]?番/y;
const PERCENT_WORD = '百分之';

/** The numeral after 百分之 (no commas: a comma there ends the clause). */
const PERCENT_NUMERAL_RE = new RegExp(`[${NUMERAL_START_CHARS}][${NUMERAL_START_CHARS}${CHINESE_POINTS}.．]*`, 'y');
const ARABIC_DIGIT_RE = /[0-9０-９]/;
const ENDS_IN_TEN_RE = /[十拾]$/;
/** 二至三十家 is 2 to 30: a lone 十 is not shared by the low end. */
const LONE_TEN_RE = /^[十拾]$/;
const ZHAO = '兆';

const QUALIFIER_PREFIX_LENGTH = longestWord(VAGUE_OR_QUALIFIER_PREFIXES);
const CURRENCY_PREFIX_LENGTH = longestWord(CURRENCY_PREFIXES);
/** The last code unit of each word before a number: one look rejects most positions. */
const lastUnitTable = (words: Iterable<string>): Uint8Array => codeUnitTable([...words].map((w) => w[w.length - 1]!));
const QUALIFIER_LAST_UNITS = lastUnitTable(VAGUE_OR_QUALIFIER_PREFIXES.keys());
const CURRENCY_LAST_UNITS = lastUnitTable(CURRENCY_PREFIXES.keys());

/** Characters that, right before a numeral, make it an ordinal or part of a code (`第3`, `G20`, `1+N`). */
const BLOCKING_BEFORE = '第_/\\@#&=+.．';
/** Signs that make a number negative when they touch it (`-3.2%`); dashes (—, –) do not. */
const MINUS_SIGNS = '-－−';
const OPENING_QUOTES = '“‘「『"\'';
const BAI = 0x767e; // 百, when it starts 百分点 / 百分之
const FEN = 0x5206; // 分

const DOUBLING_POWERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4 };

/** A numeral with no unit that a range separator follows: maybe the low end of a range. */
interface Bare {
  start: number;
  end: number;
  raw: string;
  /** An ordinal, a code or a signed number (`第3-5名`, `-5-10%`): the range is no quantity either. */
  blocked: boolean;
}

interface RunResult {
  q?: Quantity;
  bare?: Bare;
}

/**
 * Every quantity in the text, sorted by start, non-overlapping, with
 * half-open UTF-16 offsets (`text.slice(q.start, q.end) === q.text`).
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let floor = 0; // no quantity may start before the end of the previous one
  let bare: Bare | null = null;
  let i = 0;
  while (i < n) {
    const start = STARTS[text.charCodeAt(i)]!;
    if (start === Start.Nothing) {
      i++;
      continue;
    }
    let q: Quantity | null = null;
    let next = i + 1;
    if (start === Start.Url) {
      URL_RE.lastIndex = i;
      if (URL_RE.test(text)) {
        next = URL_RE.lastIndex;
        bare = null;
      }
    } else if (start === Start.Doubling) {
      DOUBLING_RE.lastIndex = i;
      if (DOUBLING_RE.test(text)) q = readDoubling(text, i, DOUBLING_RE.lastIndex, floor);
    } else if (text.startsWith(PERCENT_WORD, i)) {
      next = i + PERCENT_WORD.length;
      q = readPercentWord(text, i, next, floor);
    } else {
      while (next < n && IN_RUN[text.charCodeAt(next)] === 1) next++;
      const r = readRun(text, i, next, floor, bare);
      bare = r?.bare ?? null;
      q = r?.q ?? null;
    }
    if (q !== null) {
      push(out, q, text);
      floor = q.end;
      next = q.end;
      bare = null;
    }
    i = next;
  }
  return out;
}

/** Appends q, or joins it to the quantity before it into a range (`10亿元-15亿元`, `5%～10%`). */
function push(out: Quantity[], q: Quantity, text: string): void {
  const prev = out[out.length - 1];
  if (
    prev !== undefined &&
    prev.qualifier === 'exact' &&
    q.qualifier === 'exact' &&
    prev.unit === q.unit &&
    prev.measure === q.measure &&
    q.start - prev.end <= 2 * MAX_SPACES + 2 &&
    DASH_GAP_RE.test(text.slice(prev.end, q.start)) &&
    compare(prev.valueText, q.valueText) < 0
  ) {
    out[out.length - 1] = make(text, prev.start, q.end, prev.valueText, q.kind, q.unit, q.measure, 'range', q.valueText);
  } else {
    out.push(q);
  }
}

function make(
  text: string,
  start: number,
  end: number,
  valueText: string,
  kind: QuantityKind,
  unit: string,
  measure: string,
  qualifier: Qualifier,
  valueMaxText?: string,
): Quantity {
  const q: Quantity = {
    start,
    end,
    text: text.slice(start, end),
    valueText,
    value: Number(valueText),
    kind,
    unit,
    measure,
    qualifier,
  };
  if (valueMaxText !== undefined) {
    q.valueMax = Number(valueMaxText);
    q.valueMaxText = valueMaxText;
  }
  return q;
}

function skipSpaces(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_SPACES);
  while (i < limit && SPACES.includes(text[i]!)) i++;
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function blockedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isAsciiLetter(c) || BLOCKING_BEFORE.includes(text[i - 1]!)) return true;
  let p = i;
  for (let n = 0; n < MAX_SPACES && p > 0 && SPACES.includes(text[p - 1]!); n++) p--;
  return p < i && text[p - 1] === '第'; // 第 3 名
}

/**
 * A minus sign right before the numeral at i (`增长-3.2%`): not a dash
 * between two figures (`5%-10%`), a range (`2018-2020`) or a code (`COVID-19`).
 */
function signBefore(text: string, i: number, floor: number): boolean {
  if (i === 0 || !MINUS_SIGNS.includes(text[i - 1]!) || (floor > 0 && floor === i - 1)) return false;
  const c = text.charCodeAt(i - 2); // NaN at the start of the text
  return IN_RUN[c] !== 1 && !isAsciiLetter(c);
}

/** The longest word of the table that ends at pos (spaces allowed between), not before floor. */
function lookBehind<T>(
  text: string,
  pos: number,
  floor: number,
  table: ReadonlyMap<string, T>,
  lastUnits: Uint8Array,
  maxLength: number,
  notAfter: (entry: T) => string | undefined,
): { start: number; entry: T } | null {
  let p = pos;
  for (let n = 0; n < MAX_SPACES && p > floor && SPACES.includes(text[p - 1]!); n++) p--;
  if (p === floor || lastUnits[text.charCodeAt(p - 1)] !== 1) return null;
  for (let len = Math.min(maxLength, p - floor); len >= 1; len--) {
    const entry = table.get(text.slice(p - len, p));
    if (entry === undefined) continue;
    const guard = notAfter(entry);
    if (guard && p - len > 0 && guard.includes(text[p - len - 1]!)) continue;
    return { start: p - len, entry };
  }
  return null;
}

const prefixGuard = (w: PrefixWord): string | undefined => w.notAfter;
const noGuard = (): undefined => undefined;

function qualifierBefore(
  text: string,
  pos: number,
  floor: number,
  bareMagnitude: boolean,
): { start: number; qualifier: Qualifier } | null {
  const table = bareMagnitude ? VAGUE_OR_QUALIFIER_PREFIXES : QUALIFIER_PREFIXES;
  const r = lookBehind(text, pos, floor, table, QUALIFIER_LAST_UNITS, QUALIFIER_PREFIX_LENGTH, prefixGuard);
  return r && { start: r.start, qualifier: r.entry.qualifier };
}

function unitAt(text: string, pos: number): string | undefined {
  UNIT_RE.lastIndex = pos;
  return UNIT_RE.exec(text)?.[0];
}

function qualifierAfter(text: string, pos: number): { end: number; qualifier: Qualifier } | null {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  return m && { end: pos + m[0].length, qualifier: SUFFIX_QUALIFIERS.get(m[0])! };
}

/** A numeral run text[runStart, runEnd). */
function readRun(text: string, runStart: number, runEnd: number, floor: number, bare: Bare | null): RunResult | null {
  let end = runEnd;
  // 百 of a following 百分点 is the unit's, not the numeral's (3.5百分点).
  if (text.charCodeAt(end - 1) === BAI && text.charCodeAt(end) === FEN) {
    end--;
    if (end === runStart) return null;
  }
  const next = skipSpaces(text, end);
  const c = text.charCodeAt(next);
  const unitMayFollow = FOLLOWERS[c] === 1;
  if (!unitMayFollow && RANGE_STARTS[c] !== 1) return null;

  const segStart = lastNumeralStart(text, runStart, end);
  if (segStart < 0) return null;
  const ordinal = segStart === runStart && blockedBefore(text, segStart);
  if (!unitMayFollow) {
    const blocked = ordinal || (segStart === runStart && signBefore(text, segStart, floor));
    return { bare: { start: segStart, end, raw: text.slice(segStart, end), blocked } };
  }
  if (ordinal) return null;
  const q = readQuantity(text, segStart, end, next, floor, segStart === runStart ? bare : null);
  // `前五位`, `后10名`: a rank, not a count of people.
  if (q && (q.measure === '位' || q.measure === '名') && segStart > 0 && (text[segStart - 1] === '前' || text[segStart - 1] === '后')) return null;
  return q && { q };
}

/** The numeral text[segStart, end), its unit from `next` on. */
function readQuantity(
  text: string,
  segStart: number,
  end: number,
  next: number,
  floor: number,
  bare: Bare | null,
): Quantity | null {
  const raw = text.slice(segStart, end);
  const bareMagnitude = BARE_MAGNITUDE_RE.test(raw);
  const numeral = readNumeral(raw, true);
  let value = numeral;
  if (value === null) {
    // 上千, 数百万, 千余: a bare magnitude needs a vague word (checked below).
    const e = bareMagnitude ? magnitudeChainExponent(raw, true) : -1;
    if (e < 0) return null;
    value = pow10(e);
  }

  // 多/余 between the number and its unit or magnitude: 900多次, 577.3余万元.
  let p = next;
  let approx: Qualifier | null = null;
  const ch = text[p];
  if (ch !== undefined && (APPROX_INFIXES.includes(ch) || (APPROX_AFTER_TEN.includes(ch) && ENDS_IN_TEN_RE.test(raw)))) {
    approx = 'over';
    p++;
  }
  // Magnitudes after 余/多 or a space: 577.3余万元, 500 亿元 (but 3.5 百分点 is a unit).
  let word = unitAt(text, p);
  let tail = '';
  if (word === undefined) {
    MAGNITUDE_TAIL_RE.lastIndex = p;
    tail = MAGNITUDE_TAIL_RE.exec(text)?.[0] ?? '';
    if (tail === '') return null;
    const e = magnitudeChainExponent(tail, true);
    const own = MAGNITUDES.get(raw[raw.length - 1]!) ?? 0;
    if (e < 0 || MAGNITUDES.get(tail[0]!)! <= own) return null;
    value = shift(value, e);
    p = skipSpaces(text, p + tail.length);
    word = unitAt(text, p);
    if (word === undefined) return null;
  }
  const unit = UNIT_WORDS.get(word)!;
  let unitEnd = p + word.length;

  const arabic = ARABIC_DIGIT_RE.test(raw);
  const loneChinese = raw.length === 1 && !arabic && tail === '';
  const loneDigit = loneChinese && CHINESE_DIGITS.has(raw);
  if (unit.kind !== 'money' && (raw.includes(ZHAO) || tail.includes(ZHAO))) return null; // 兆瓦, 兆赫: 10^12 in money only
  if (unit.chineseOnly && (arabic || tail !== '' || numeral === null || compare(value, '10') > 0)) return null;
  if (unit.kind === 'money') {
    if (word.startsWith('人民') && !arabic && tail === '' && !TRAILING_BIG_MAGNITUDES_RE.test(raw)) return null; // 李四人民币
  }
  if (word[0] === '日' && text[segStart - 1] === '月') return null; // 5月25日元旦: a date
  if (value === '0' && !arabic) return null; // 零部件, 零距离
  if (loneChinese) {
    // Slogans: 三个代表, and any quoted phrase that opens with a count (“四个出新出彩”).
    IDIOM_RE.lastIndex = segStart;
    if (IDIOM_RE.test(text) || OPENING_QUOTES.includes(text[segStart - 1] ?? '\0')) return null;
  }

  const measure = unit.kind === 'money' ? (tail || (TRAILING_BIG_MAGNITUDES_RE.exec(raw)?.[0] ?? '')) + word : word;
  if (unit.yuan) {
    RMB_SUFFIX_RE.lastIndex = unitEnd;
    const rmb = RMB_SUFFIX_RE.exec(text);
    if (rmb !== null) unitEnd += rmb[0].length;
  }
  const high = unit.scale ? shift(value, unit.scale) : value;

  // A range: 10-15亿元, 三至五家, 5-20%.
  if (bare !== null && segStart - bare.end <= 2 * MAX_SPACES + 2 && RANGE_GAP_RE.test(text.slice(bare.end, segStart))) {
    if (bare.blocked || approx !== null) return null;
    const low = rangeLow(bare.raw, raw, tail, value, unit.kind === 'money');
    if (low === null) return null;
    const lowScaled = unit.scale ? shift(low, unit.scale) : low;
    return make(text, bare.start, unitEnd, lowScaled, unit.kind, unit.unit, measure, 'range', high);
  }

  // A negative number is read only as a percent (a growth rate: 增长-3.2%); any other is no quantity.
  let start = segStart;
  let sign = '';
  if (signBefore(text, segStart, floor)) {
    if (unit.kind !== 'percent') return null;
    start--;
    if (high !== '0') sign = '-';
  }

  // Qualifier and currency words before the number, in either order.
  let prefix: Qualifier | null = null;
  let currency: string | null = null;
  for (let i = 0; i < 2; i++) {
    if (prefix === null) {
      const r = qualifierBefore(text, start, floor, bareMagnitude);
      if (r !== null) {
        prefix = r.qualifier;
        start = r.start;
        continue;
      }
    }
    if (currency === null && unit.yuan) {
      const r = lookBehind(text, start, floor, CURRENCY_PREFIXES, CURRENCY_LAST_UNITS, CURRENCY_PREFIX_LENGTH, noGuard);
      if (r !== null) {
        currency = r.entry;
        start = r.start;
        continue;
      }
    }
    break;
  }
  const after = qualifierAfter(text, unitEnd);
  if (after !== null) unitEnd = after.end;
  const qualifier = prefix ?? approx ?? after?.qualifier ?? 'exact';

  if (numeral === null && prefix === null && approx === null) return null; // 千家万户, 万元
  if (raw === '一' && unit.article && qualifier === 'exact') return null; // 一个重要抓手, 一项
  if (loneDigit && unit.kind === 'money' && qualifier === 'exact' && currency === null) return null; // 城乡二元结构
  return make(text, start, unitEnd, sign + high, unit.kind, currency ?? unit.unit, measure, qualifier);
}

/**
 * The low end of a range whose high end is `raw` + `tail` = `high`. The high
 * end's trailing magnitudes are shared (`10-15亿` is 10亿 to 15亿) when that
 * keeps low < high; otherwise the low end stands as written (`5000-1万`).
 */
function rangeLow(lowRaw: string, raw: string, tail: string, high: string, money: boolean): string | null {
  const low = readNumeral(lowRaw, money);
  if (low === null) return null;
  const chain = (TRAILING_MAGNITUDES_RE.exec(raw)?.[0] ?? '') + tail;
  if (chain !== '' && !LONE_TEN_RE.test(chain) && !BARE_MAGNITUDE_RE.test(raw)) {
    const e = magnitudeChainExponent(chain, money);
    if (e > 0) {
      const shared = shift(low, e);
      if (compare(shared, high) < 0) return shared;
    }
  }
  return compare(low, high) < 0 ? low : null;
}

/** 翻番 (2), 翻一番 (2), 翻两番 (4): a ratio. */
function readDoubling(text: string, start: number, end: number, floor: number): Quantity {
  const word = text.slice(start, end);
  const power = DOUBLING_POWERS[word[word.length - 2]!] ?? 1;
  const before = qualifierBefore(text, start, floor, false);
  return make(
    text,
    before?.start ?? start,
    end,
    String(2 ** power),
    'ratio',
    'ratio',
    word,
    before?.qualifier ?? 'exact',
  );
}

/** 百分之五十三点七 (53.7), 百分之百 (100). */
function readPercentWord(text: string, start: number, end: number, floor: number): Quantity | null {
  PERCENT_NUMERAL_RE.lastIndex = end;
  const raw = PERCENT_NUMERAL_RE.exec(text)?.[0];
  if (raw === undefined || lastNumeralStart(text, end, end + raw.length) !== end) return null;
  const value = readNumeral(raw) ?? (raw === '百' || raw === '佰' ? '100' : null);
  if (value === null) return null;
  let p = end + raw.length;
  let approx: Qualifier | null = null;
  if (APPROX_INFIXES.includes(text[p] ?? '\0')) {
    approx = 'over';
    p++;
  }
  const after = qualifierAfter(text, p);
  const before = qualifierBefore(text, start, floor, false);
  const qualifier = before?.qualifier ?? approx ?? after?.qualifier ?? 'exact';
  return make(text, before?.start ?? start, after?.end ?? p, value, 'percent', 'percent', '百分之', qualifier);
}
