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

import type { Qualifier, Quantity } from '../record/types.js';
import { CHINESE_POINTS } from './chinese.js';
import { compare } from './decimal.js';
import { APPROX_INFIXES, DASH_GAP_RE, MAX_SPACES } from './lexicon.js';
import { lastNumeralStart, NUMERAL_START_CHARS, readNumeral } from './numeral.js';
import { IN_RUN, qualifierAfter, qualifierBefore } from './scan-neighbours.js';
import { make, readRun, type Bare } from './scan-quantity.js';
import { parseQuantity } from './parse.js';

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

/** A URL, skipped whole (sticky). */
const URL_RE = /(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/[!-~]*|[wW]{3}\.[!-~]*/y;
/** 翻番, 翻一番, 翻了一番, 翻两番 (sticky). */
const DOUBLING_RE = /翻了?[一二两兩三四]?番/y;
const PERCENT_WORD = '百分之';

/** The numeral after 百分之 (no commas: a comma there ends the clause). */
const PERCENT_NUMERAL_RE = new RegExp(`[${NUMERAL_START_CHARS}][${NUMERAL_START_CHARS}${CHINESE_POINTS}.．]*`, 'y');

const DOUBLING_POWERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4 };

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
  let listed: Listed[] = [];
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
      // `分别为9735、14048、1897件`: plain numbers before 、 wait for the measure of the last.
      if (q === null && bare === null) listed = listedBefore(text, i, next, listed);
    }
    if (q !== null) {
      if (listed.length) {
        for (const b of sharingMeasure(text, listed, q)) out.push(b);
        listed = [];
      }
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

interface Listed {
  start: number;
  end: number;
}

const PLAIN_NUMBER_RE = /^\d+(?:\.\d+)?$/;
const LIST_GAP_RE = /^\s*、\s*$/;

/** The plain numbers listed so far: this run joins them when a 、 follows it and it follows the last (or opens a list). */
function listedBefore(text: string, start: number, end: number, listed: Listed[]): Listed[] {
  const raw = text.slice(start, end);
  if (!PLAIN_NUMBER_RE.test(raw) || !LIST_GAP_RE.test(text.slice(end, end + 1))) return [];
  const last = listed[listed.length - 1];
  const chain = last && LIST_GAP_RE.test(text.slice(last.end, start)) ? listed : [];
  // A list opens after a word, not after a digit, a year or a list marker (`1、`).
  if (!chain.length && (/[\d.第]/.test(text[start - 1] ?? '') || raw.length === 1)) return [];
  return [...chain, { start, end }];
}

/** The listed plain numbers with the measure of the quantity that ends their list (`9735、14048、1897件`). */
function sharingMeasure(text: string, listed: Listed[], q: Quantity): Quantity[] {
  const last = listed[listed.length - 1];
  if (!LIST_GAP_RE.test(text.slice(last.end, q.start)) || q.qualifier !== 'exact' || q.text !== text.slice(q.start, q.end)) return [];
  // The quantity's own number must be plain too, and its measure written right after it.
  const own = /^\d+(?:\.\d+)?/.exec(q.text)?.[0];
  if (!own || q.text.slice(own.length) !== q.measure) return [];
  const out: Quantity[] = [];
  for (const b of listed) {
    const p = parseQuantity(text.slice(b.start, b.end) + q.measure);
    if (!p || p.unit !== q.unit) return [];
    out.push({ ...p, start: b.start, end: b.end, text: text.slice(b.start, b.end) });
  }
  return out;
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
