/**
 * The words around a number, as data: units and measure words, currencies,
 * qualifier words, vague magnitudes, range separators. Each table is
 * compiled once, at module load, into an alternation with the longest entry
 * first (or a map for looking backwards).
 *
 * A guard is a list of regex alternatives that must NOT follow the word
 * (`支` is no measure in `50万支持`, `个` none in `3个月`).
 */

import type { Qualifier, QuantityKind } from '../record/types.js';
import { MAGNITUDES } from './chinese.js';

const MAGNITUDE_CHARS = [...MAGNITUDES.keys()].join('');

export interface UnitWord {
  word: string;
  kind: QuantityKind;
  /** ISO 4217 code for money, else `count`, `percent`, `ratio`. */
  unit: string;
  /** A plain 元/圆: a currency named before the number (`港币500万元`) decides. */
  yuan?: boolean;
  /** A lone 一 with this word is an article (`一个重要抓手`, `一项`), not a count. */
  article?: boolean;
  /** The value is multiplied by 10^scale (`七成` = 70 percent). */
  scale?: number;
  /** Only after a Chinese numeral of at most 10 (`七成`, never `7成员`). */
  chineseOnly?: boolean;
}

type Guard = readonly string[];

/** Count measure words, as written, with what must not follow them. */
const COUNT_WORDS: ReadonlyArray<readonly [string, Guard?]> = [
  ['项'], ['項'], ['件'],
  ['家', ['[庭具属屬乡鄉长長园園]']],
  ['个', ['月', '多月', '半月', '工作日', '小时', '小時', '星期', '礼拜', '禮拜', '季度', '年度', '[周週别別体體性税稅]']],
  ['個', ['月', '多月', '半月', '工作日', '小時', '星期', '禮拜', '季度', '年度', '[週別體性稅]']],
  ['支', ['[持付出撑撐援部柱]']],
  ['只', ['[有是要能需在会會占]']], ['隻'],
  ['所', ['以(?![上下内內])', '[有属屬得在需谓謂长長]']],
  ['名', ['[单單称稱义義誉譽牌录錄额額]']],
  ['人次'],
  ['人', ['[民才员員工均士事大社力类類文群格权權]']],
  // 十五届三次会议 is a session ordinal, not three meetings.
  ['次', ['[年日数數开開创創产產元序性生]', '会议', '會議', '全会', '全會', '全体会议', '全體會議']],
  ['宗', ['[旨教]']],
  ['起', ['[草步点點来來诉訴始源到航跑飞飛]']],
  ['台(套)'], ['台（套）'], ['台/套'], ['台套'],
  ['台', ['[湾灣州账賬阶階风風]']], ['臺', ['[灣]']],
  ['套', ['[餐]']],
  ['份', ['[额額]']],
  ['篇'],
  ['部', ['[分署门門]']],
  ['场次'], ['場次'],
  ['场', ['[所地景馆]']], ['場', ['[所地景館]']],
  ['户', ['[籍口]']], ['戶', ['[籍口]']],
  ['种', ['[子植养]']], ['種', ['[子植養]']],
  ['条', ['[件例款]']], ['條', ['[件例款]']],
  ['座', ['[谈談]']],
  ['位', ['[数數于於置列居]']],
  ['笔', ['[记]']], ['筆', ['[記]']],
  ['张'], ['張'],
  ['款', ['[项項]']],
  ['片', ['[区區]']],
  ['亩'], ['畝'],
  // Hong Kong and Macau count companies so (初创企业有27间); not 间隔, 间接.
  ['间', ['[隔接断]']], ['間', ['[隔接斷]']],
];

/** Currencies: the word after the number, its ISO code. 元/圆 alone are yuan. */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string, Guard?]> = [
  ['元', 'CNY', ['[旦素件器宵]']], ['圆', 'CNY'], ['圓', 'CNY'],
  ['人民币', 'CNY'], ['人民幣', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'],
  ['日元', 'JPY', ['[旦宵]']], ['日圆', 'JPY'], ['日圓', 'JPY'],
  ['新台币', 'TWD'], ['新臺幣', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'], ['臺幣', 'TWD'], ['台幣', 'TWD'],
  ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['韩元', 'KRW'], ['韓元', 'KRW'],
  ['澳元', 'AUD'], ['加元', 'CAD'], ['新加坡元', 'SGD'],
  ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['澳门币', 'MOP'], ['澳門幣', 'MOP'],
];

/** Percent words: `13.8%`, `3个百分点`, `七成` (= 70). */
const PERCENT_WORDS: ReadonlyArray<UnitWord> = [
  { word: '%', kind: 'percent', unit: 'percent' },
  { word: '％', kind: 'percent', unit: 'percent' },
  { word: '个百分点', kind: 'percent', unit: 'percent' },
  { word: '個百分點', kind: 'percent', unit: 'percent' },
  { word: '百分点', kind: 'percent', unit: 'percent' },
  { word: '百分點', kind: 'percent', unit: 'percent' },
  { word: '成', kind: 'percent', unit: 'percent', scale: 1, article: true, chineseOnly: true },
];
const PERCENT_GUARDS: Readonly<Record<string, Guard>> = {
  // 七成五 (75%) is not read: a digit after 成 gives nothing rather than 70.
  成: ['[员員果立为為交本效都就功熟绩績长長套型品分份败敗年材像批群规規色千百万萬亿億一二两三四五六七八九]'],
};

/** Currencies named before the number (`人民币500万元`, `新臺幣3兆元`). */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['人民币', 'CNY'], ['人民幣', 'CNY'],
  ['港币', 'HKD'], ['港幣', 'HKD'], ['港元', 'HKD'],
  ['美元', 'USD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'],
  ['日元', 'JPY'], ['日圓', 'JPY'],
  ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['新台币', 'TWD'], ['新臺幣', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'], ['臺幣', 'TWD'],
]);

export interface PrefixWord {
  qualifier: Qualifier;
  /** Characters that must not come right before the word (`签约` is no 约). */
  notAfter?: string;
}

/**
 * Qualifier words before a number, kept in the span. `高达`, `达`, `达到`
 * are verbs, not qualifiers: they are not here and stay out of the span.
 */
export const QUALIFIER_PREFIXES: ReadonlyMap<string, PrefixWord> = new Map<string, PrefixWord>([
  ...(['超过', '超過', '超出', '逾', '突破', '不少于', '不少於', '不低于', '不低於', '至少',
    '最少', '最低', '大于', '大於', '高于', '高於'] as const).map((w) => [w, { qualifier: 'over' }] as const),
  ['超', { qualifier: 'over', notAfter: '赶趕高' }],
  ...(['约为', '約為', '约合', '約合', '将近', '將近', '接近'] as const).map((w) => [w, { qualifier: 'about' }] as const),
  // 放大约4.7倍 is 放大 + 约, not 大约.
  ...(['大约', '大約', '大概'] as const).map(
    (w) => [w, { qualifier: 'about', notAfter: '放扩擴增壮壯强強巨重最较較宏庞龐加' }] as const,
  ),
  ['约', { qualifier: 'about', notAfter: '签簽合预預节節制履契公条條缔締邀赴失违違相集特' }],
  ['約', { qualifier: 'about', notAfter: '签簽合预預节節制履契公条條缔締邀赴失违違相集特' }],
  ['近', { qualifier: 'about', notAfter: '最附临臨靠亲親邻鄰就远遠贴貼逼' }],
  ...(['不超过', '不超過', '未超过', '未超過', '最高不超过', '最高不超過', '最多不超过', '最多不超過', '不到',
    '不足', '最多', '最高', '不高于', '不高於', '不多于', '不多於', '不大于', '不大於', '少于', '少於', '低于',
    '低於', '小于', '小於'] as const).map((w) => [w, { qualifier: 'under' }] as const),
]);

/**
 * Vague magnitudes: a word before a bare magnitude (`上千`, `数十万`). The
 * value is the magnitude, the qualifier says which side the truth lies on:
 *
 * | written                         | value          | qualifier |
 * |---------------------------------|----------------|-----------|
 * | 上百 上千 上万 上亿 (上百万…)   | 100 … 10^8     | over      |
 * | 数十 数百 数千 数万 数亿 (数十万…) | 10 … 10^8   | over      |
 * | 几十 几百 几千 几万             | 10 … 10^4      | over      |
 * | 过千 过万 过亿, 破万 破亿       | 1000 … 10^8    | over      |
 * | 逾百 逾千 逾万, 超百亿          | (as written)   | over      |
 * | 近百 近千 近万                  | 100 … 10^4     | about     |
 * | 千余 百余 万余, 百多 千多       | 1000, 100 …    | over      |
 * | 十几 二十几 (几 after 十)       | 10, 20         | over      |
 *
 * 逾, 超, 近 are ordinary qualifier words (QUALIFIER_PREFIXES); the table
 * below holds the words that qualify only a bare magnitude. A bare
 * magnitude with no such word (`千家万户`, `百万`, `万元`) is no quantity.
 */
export const VAGUE_PREFIXES: ReadonlyMap<string, PrefixWord> = new Map<string, PrefixWord>([
  ['上', { qualifier: 'over', notAfter: '千百以线線网網会會之马馬向往楼樓山身面此基加' }],
  ['数', { qualifier: 'over', notAfter: '总總人次个個件基指系倍分户戶家项項参參无無多少半岁歲级級位函整' }],
  ['數', { qualifier: 'over', notAfter: '总總人次个個件基指系倍分户戶家项項参參无無多少半岁歲级級位函整' }],
  ['几', { qualifier: 'over', notAfter: '' }],
  ['幾', { qualifier: 'over', notAfter: '' }],
  ['过', { qualifier: 'over', notAfter: '通经經超不越路度穿' }],
  ['過', { qualifier: 'over', notAfter: '通经經超不越路度穿' }],
  ['破', { qualifier: 'over', notAfter: '打突冲衝攻' }],
]);

/** Between a number and its unit or magnitude: `900多次`, `577.3余万元`. */
export const APPROX_INFIXES = '多余餘';
/** 几 after a numeral ending in 十: `十几家`, `二十几万`. */
export const APPROX_AFTER_TEN = '几幾';

/** Qualifier words after the unit, kept in the span. */
const QUALIFIER_SUFFIXES: ReadonlyArray<readonly [string, Qualifier, Guard?]> = [
  ['及以上', 'over'], ['以上', 'over'],
  ['及以下', 'under'], ['以下', 'under'], ['以内', 'under'], ['以內', 'under'],
  ['左右', 'about'],
  // 上下 only when it ends the phrase: not 上下游, 上下级.
  ['上下', 'about', ['[\\u3400-\\u9fff](?<!的)']],
];

/** Range separators between two numbers sharing one unit (`10-15亿元`, `三至五家`). */
const RANGE_SEPARATORS = ['——', '-', '－', '—', '–', '―', '‐', '‑', '‒', '−', '~', '～', '〜', '至', '到'];
const DASHES = RANGE_SEPARATORS.filter((s) => s !== '至' && s !== '到');

/** Slogans that begin with a count but count nothing. */
const IDIOMS = [
  '三个代表', '四个全面', '四个意识', '四个自信', '两个维护', '两个确立', '两个一百年', '两个毫不动摇',
  '三个有利于', '两个大局', '四个面向', '五位一体', '三位一体', '四位一体',
];

/**
 * Horizontal space allowed between a number and its unit (`500 亿元`). Not a
 * tab: in tables flattened to text a tab separates cells (`2019\t件数`).
 */
export const SPACES = ' \u00a0\u3000';
export const MAX_SPACES = 3;

// ---------------------------------------------------------------------------
// Compiled forms.

function guarded(word: string, guard: Guard | undefined): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return guard && guard.length > 0 ? `${escaped}(?!${guard.join('|')})` : escaped;
}

function alternation(entries: ReadonlyArray<readonly [string, Guard?]>): string {
  return [...entries]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w, g]) => guarded(w, g))
    .join('|');
}

const UNIT_TABLE: ReadonlyArray<readonly [UnitWord, Guard?]> = [
  ...COUNT_WORDS.map(([word, guard]) => [{ word, kind: 'count', unit: 'count', article: true } as UnitWord, guard] as const),
  ...CURRENCY_WORDS.map(
    ([word, unit, guard]) =>
      [{ word, kind: 'money', unit, yuan: word === '元' || word === '圆' || word === '圓' } as UnitWord, guard] as const,
  ),
  ...PERCENT_WORDS.map((u) => [u, PERCENT_GUARDS[u.word]] as const),
  [{ word: '倍', kind: 'ratio', unit: 'ratio' }],
];

/** Every unit word by its spelling. */
export const UNIT_WORDS: ReadonlyMap<string, UnitWord> = new Map(UNIT_TABLE.map(([u]) => [u.word, u]));

/** A unit word at lastIndex (sticky). */
export const UNIT_RE = new RegExp(alternation(UNIT_TABLE.map(([u, g]) => [u.word, g] as const)), 'y');

/** 人民币 after a plain 元 (`500万元人民币`), kept in the span. */
export const RMB_SUFFIX_RE = /人民[币幣]/y;

/** A qualifier word after the unit (sticky). */
export const SUFFIX_RE = new RegExp(alternation(QUALIFIER_SUFFIXES.map(([w, , g]) => [w, g] as const)), 'y');
export const SUFFIX_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map(QUALIFIER_SUFFIXES.map(([w, q]) => [w, q]));

/** A run of magnitudes after 余/多 or a space (`577.3余万元`, `500 亿元`), sticky. */
export const MAGNITUDE_TAIL_RE = new RegExp(`[${MAGNITUDE_CHARS}]+`, 'y');
/** A numeral made of magnitudes only (`千`, `百万`, `十`). */
export const BARE_MAGNITUDE_RE = new RegExp(`^[${MAGNITUDE_CHARS}]+$`);
/** The magnitudes a numeral ends with (`15亿` → `亿`, `2千万` → `千万`). */
export const TRAILING_MAGNITUDES_RE = new RegExp(`[${MAGNITUDE_CHARS}]+$`);
/** The big magnitudes a money numeral ends with, part of its measure (`亿元`). */
export const TRAILING_BIG_MAGNITUDES_RE = /[万萬亿億兆]+$/;

const SPACE_CLASS = `[${SPACES}]{0,${MAX_SPACES}}`;
/** The whole gap between the two ends of a range. */
export const RANGE_GAP_RE = new RegExp(`^${SPACE_CLASS}(?:${alternation(RANGE_SEPARATORS.map((s) => [s] as const))})${SPACE_CLASS}$`);
/** The gap between two quantities that form one range (`10亿元-15亿元`): dashes and tildes only. */
export const DASH_GAP_RE = new RegExp(`^${SPACE_CLASS}(?:${alternation(DASHES.map((s) => [s] as const))})${SPACE_CLASS}$`);
/** Characters a range separator starts with. */
export const RANGE_STARTS = codeUnitTable(RANGE_SEPARATORS);

/** A slogan at lastIndex (sticky). */
export const IDIOM_RE = new RegExp(alternation(IDIOMS.map((s) => [s] as const)), 'y');

/** A lookup table over UTF-16 code units: 1 for the first code unit of each word. */
export function codeUnitTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

/**
 * What may come after a numeral (and its spaces) for it to be worth reading:
 * a unit, 多/余/几, or a magnitude after a space (`500 亿元`).
 */
export const FOLLOWERS = codeUnitTable([...UNIT_WORDS.keys(), ...APPROX_INFIXES, ...APPROX_AFTER_TEN, ...MAGNITUDE_CHARS]);

/** Longest word of a backward table. */
export function longestWord(table: ReadonlyMap<string, unknown>): number {
  let n = 0;
  for (const k of table.keys()) n = Math.max(n, k.length);
  return n;
}

/** Qualifier words before a bare magnitude: the vague words and the ordinary ones. */
export const VAGUE_OR_QUALIFIER_PREFIXES: ReadonlyMap<string, PrefixWord> = new Map([
  ...QUALIFIER_PREFIXES,
  ...VAGUE_PREFIXES,
]);
