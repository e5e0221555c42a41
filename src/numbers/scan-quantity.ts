/**
 * One quantity of the scanner: a numeral run with its unit or measure word
 * after it, read into a Quantity (with its range, sign, qualifier and
 * currency), or nothing.
 */
import type { Qualifier, Quantity, QuantityKind } from '../record/types.js';
import { CHINESE_DIGITS, MAGNITUDES, magnitudeChainExponent } from './chinese.js';
import { compare, pow10, shift } from './decimal.js';
import {
  APPROX_AFTER_TEN,
  APPROX_INFIXES,
  BARE_MAGNITUDE_RE,
  CURRENCY_PREFIXES,
  FOLLOWERS,
  IDIOM_RE,
  MAGNITUDE_TAIL_RE,
  MAX_SPACES,
  RANGE_GAP_RE,
  RANGE_STARTS,
  RMB_SUFFIX_RE,
  TRAILING_BIG_MAGNITUDES_RE,
  TRAILING_MAGNITUDES_RE,
  UNIT_WORDS,
} from './lexicon.js';
import { lastNumeralStart, readNumeral } from './numeral.js';
import {
  blockedBefore,
  CURRENCY_LAST_UNITS,
  CURRENCY_PREFIX_LENGTH,
  lookBehind,
  noGuard,
  qualifierAfter,
  qualifierBefore,
  signBefore,
  skipSpaces,
  unitAt,
} from './scan-neighbours.js';

const ARABIC_DIGIT_RE = /[0-9０-９]/;
const ENDS_IN_TEN_RE = /[十拾]$/;
/** 二至三十家 is 2 to 30: a lone 十 is not shared by the low end. */
const LONE_TEN_RE = /^[十拾]$/;
const ZHAO = '兆';
const OPENING_QUOTES = '“‘「『"\'';
const BAI = 0x767e; // 百, when it starts 百分点 / 百分之
const FEN = 0x5206; // 分
const YI = 0x4ebf; // 亿

/** A numeral with no unit that a range separator follows: maybe the low end of a range. */
export interface Bare {
  start: number;
  end: number;
  raw: string;
  /** An ordinal, a code or a signed number (`第3-5名`, `-5-10%`): the range is no quantity either. */
  blocked: boolean;
}

export interface RunResult {
  q?: Quantity;
  bare?: Bare;
}

export function make(
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

/** A numeral run text[runStart, runEnd). */
export function readRun(text: string, runStart: number, runEnd: number, floor: number, bare: Bare | null): RunResult | null {
  let end = runEnd;
  // A comma the run ends with is the clause's, not a thousands separator (`120亿,`).
  while (end > runStart + 1 && (text[end - 1] === ',' || text[end - 1] === '，')) end--;
  // 百 of a following 百分点 is the unit's, not the numeral's (3.5百分点).
  if (text.charCodeAt(end - 1) === BAI && text.charCodeAt(end) === FEN) {
    end--;
    if (end === runStart) return null;
  }
  const next = skipSpaces(text, end);
  const c = text.charCodeAt(next);
  const unitMayFollow = FOLLOWERS[c] === 1;
  const rangeMayFollow = RANGE_STARTS[c] === 1;
  // Nothing may follow but a bare 亿 amount's clause (`出资800亿作为…`, see bareYuan): most runs end here.
  if (!unitMayFollow && !rangeMayFollow && text.charCodeAt(end - 1) !== YI) return null;

  const segStart = lastNumeralStart(text, runStart, end);
  if (segStart < 0) return null;
  const ordinal = segStart === runStart && blockedBefore(text, segStart);
  if (!unitMayFollow) {
    const blocked = ordinal || (segStart === runStart && signBefore(text, segStart, floor));
    const yuan = blocked ? null : bareYuan(text, segStart, end, floor);
    if (yuan) return { q: yuan };
    return rangeMayFollow ? { bare: { start: segStart, end, raw: text.slice(segStart, end), blocked } } : null;
  }
  if (ordinal) return null;
  const q = readQuantity(text, segStart, end, next, floor, segStart === runStart ? bare : null);
  // `前五位`, `后10名`: a rank, not a count of people.
  if (q && (q.measure === '位' || q.measure === '名') && segStart > 0 && (text[segStart - 1] === '前' || text[segStart - 1] === '后')) return null;
  return q && { q };
}

/** A fund named right after a bare 亿 amount (`百亿母基金`, `百亿天使母基金`). */
const FUND_AFTER_RE = /^[\u4e00-\u9fa5]{0,10}?基金/;
/** Funds counted or pointed at before the amount: a class of funds, not one fund's size. */
const FUNDS_COUNTED_BEFORE_RE = /(?:支|只|个|些|批|类|多|家)\s*$/;

/** Money words a bare 亿 amount follows (`出资800亿`, `规模为2000亿`, `成交额5.06亿`). */
const MONEY_BEFORE_RE = /(?:规模|出资|投资|资金|资本|融资|募集|成交额|交易额|金额|投入|撬动|预算|拨款|总额)(?:约|近|超过?|逾|达到?|为|共计?|合计|了)?\s*$/;

/**
 * `出资800亿作为引导基金`: an amount in 亿 or 万亿 written without 元, right after a
 * money word, is yuan (the reporter dropped the unit). Anything else stays a bare number.
 */
function bareYuan(text: string, segStart: number, end: number, floor: number): Quantity | null {
  if (text.charCodeAt(end - 1) !== YI) return null;
  const raw = text.slice(segStart, end);
  const round = /^[百千]亿$/.test(raw);
  const read = round ? null : readNumeral(raw, true);
  if (!round && (read === null || !ARABIC_DIGIT_RE.test(raw))) return null;
  const q = qualifierBefore(text, segStart, floor, false);
  // `百亿母基金`: a round amount right before the fund it sizes (not a class, `千亿级`).
  // (not a class of funds: `三支百亿基金`, `这些百亿母基金`)
  const fundAfter = q === null && text[end] !== '级' && !FUNDS_COUNTED_BEFORE_RE.test(text.slice(Math.max(0, segStart - 3), segStart)) && FUND_AFTER_RE.test(text.slice(end, end + 10));
  // `成交额近百亿`: a round Chinese amount only after 近/约 (`超百亿` of a list is a group's threshold), and not a class (`千亿级`).
  if (round && !fundAfter && (q?.qualifier !== 'about' || text[end] === '级')) return null;
  const value = read ?? pow10(raw[0] === '百' ? 10 : 11);
  if (!fundAfter && !MONEY_BEFORE_RE.test(text.slice(Math.max(floor, (q?.start ?? segStart) - 12), q?.start ?? segStart))) return null;
  return make(text, q?.start ?? segStart, end, value, 'money', 'CNY', raw.endsWith('万亿') ? '万亿' : '亿', q?.qualifier ?? 'exact');
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
    if (tail === '') return approx === null && p === end ? bareYuan(text, segStart, end, floor) : null;
    const e = magnitudeChainExponent(tail, true);
    const own = MAGNITUDES.get(raw[raw.length - 1]!) ?? 0;
    if (e < 0 || MAGNITUDES.get(tail[0]!)! <= own) return null;
    value = shift(value, e);
    const tailEnd = p + tail.length;
    p = skipSpaces(text, tailEnd);
    word = unitAt(text, p);
    if (word === undefined) return approx === null && p === tailEnd ? bareYuan(text, segStart, tailEnd, floor) : null;
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

