/**
 * `分别` pairs the names before it with the figures after it, in order:
 *
 * - places (`南京、无锡、常州分别为120亿元、80亿元和60亿元`): each figure is
 *   its own place's;
 * - labels (`专利和发明专利的授权量分别为8.5万件和1.2万件`; `申请量和授权量
 *   分别为…`): each figure takes its own item's label, a shared tail (`的授权量`,
 *   or glued to the last item: `发明、外观设计专利授权量`) or the first item's
 *   keyword completing the others; an item outside the taxonomy stays unnamed;
 * - clauses (`输出技术同比增长15%,吸纳技术同比增长12%,成交额分别为A和B`): a
 *   clause that names only a measure pairs with the subjects of the clauses
 *   before it that each state a rate.
 * Only when the names and the figures are as many, and the labels name more
 * than one indicator; otherwise the list keeps one label (`分别为A、B`). A
 * list of places before 以 (`广东和北京以A和B紧随其后`) pairs the same way.
 */
import { classify, type Classified } from '../rules/classify.js';
import { MASK } from '../rules/mask.js';
import { lastClauseStart } from '../document/clauses.js';
import type { DocContext, Figure, Group, Stage } from '../model/figures.js';
import { partWords } from './parts.js';

/** The figures after 分别: `为A、B和C`, `以A、B`. */
const VALUES = /^\s*(?:为|是|以|达到|达|有|约|占|实现|登记|是:|为:)?\s*\uE000(?:\s*(?:[、,]|以及|和|及|与)\s*\uE000)+/;
const ITEM_SEPARATOR = /\s*(?:[、和及与]|以及)\s*/;
/** A clause that names only a measure: `成交额`, `,金额`. */
const ONLY_A_MEASURE = /^\s*(?:其中)?(?:[\u4e00-\u9fa5]{0,2}(?:成交|交易|合同)?[\u4e00-\u9fa5]?(?:额|量|数))\s*$/;
/** Words of a clause about a rate that are not its subject. */
const RATE_WORDS = /(?:同比|比上年|较上年|分别)?(?:增长|增加|提高|上升|下降|减少)(?:了)?\s*$/;

function figuresAt(group: Group, from: number, to: number): Figure[] {
  return group.figures.filter((f) => f.at >= from && f.at < to);
}

function label(q: Figure['q'], before: string, doc: DocContext): Classified | null {
  return classify(q, { before, after: '', clause: before }, doc.rules.rules);
}

/** Each item's label: its own words, the last item's tail after 的, or the first item's subject before a bare measure. */
function itemHits(doc: DocContext, items: string[], figs: Figure[]): (Classified | null)[] {
  const last = items[items.length - 1];
  const de = last.indexOf('的');
  // A shared tail after 的, or glued to the last kind named (`发明、外观设计专利授权量`).
  const kw = de < 0 ? doc.rules.trigger?.find(last) : undefined;
  const kinds = kw && kw.index > 0 && kw.index <= 6 && items.every((it, i) => (i < items.length - 1 ? !it.includes(kw.word) && it.length <= 6 : true));
  const glued = kinds && !items.some((it) => doc.rules.places.find(it).some((m) => m.kind === 'place')) ? last.slice(kw!.index) : '';
  const tail = de >= 0 ? last.slice(de + 1) : glued;
  // `发明专利申请量和授权量`: the first item without its measure names what the others measure.
  const head = items[0].replace(/[\u4e00-\u9fa5]{1,2}(?:量|额|数)$/, '');
  const keyword = head !== items[0] ? head : (doc.rules.trigger?.find(items[0])?.word ?? '');
  return items.map((item, i) => {
    const f = figs[i];
    const own = i < items.length - 1 && tail ? item + tail : item;
    return label(f.q, own, doc) ?? (i > 0 && keyword && ONLY_A_MEASURE.test(item) ? label(f.q, keyword + item, doc) : null);
  });
}

/** The subjects of the `n` clauses before `start`, when each states a rate. */
function rateClauseSubjects(group: Group, start: number, n: number): string[] | null {
  const out: string[] = [];
  let end = start - 1;
  while (out.length < n && end > 0) {
    const from = lastClauseStart(group.masked.slice(0, end));
    const clause = group.masked.slice(from, end);
    const k = clause.indexOf(MASK);
    const fig = k < 0 ? undefined : group.figures.find((f) => f.at === from + k);
    if (!fig || fig.rate !== 'growth') return null;
    out.unshift(clause.slice(0, k).replace(RATE_WORDS, ''));
    end = from - 1;
  }
  return out.length === n ? out : null;
}

/** An earlier clause that only lists places (`前三名分别是甲市、乙市、丙县,`). */
const PLACE_LIST = /分别(?:是|为)[:]?\s*([^,;。:\uE000]+)[,;]\s*$/;

/**
 * `前三名分别是甲市、乙市、丙县,成交额分别为A、B、C`: the `n` places the
 * clause before lists, one an item, or null.
 */
function listedPlaces(doc: DocContext, before: string, n: number): string[] | null {
  const m = PLACE_LIST.exec(before);
  if (!m) return null;
  const items = m[1].split(ITEM_SEPARATOR).filter((x) => x.length > 0);
  if (items.length !== n) return null;
  const names: string[] = [];
  for (const it of items) {
    const ms = doc.rules.places.find(it).filter((x) => x.kind === 'place');
    if (ms.length !== 1 || ms[0].index !== 0 || ms[0].end < it.length - 1) return null;
    names.push(ms[0].name);
  }
  return names;
}

function pair(doc: DocContext, group: Group, at: number, marker = 2): void {
  const s = group.masked;
  const v = VALUES.exec(s.slice(at + marker));
  if (!v) return;
  const figs = figuresAt(group, at + marker, at + marker + v[0].length).filter((f) => !f.rate);
  if (figs.length < 2 || figs.some((f) => f.q.kind !== figs[0].q.kind)) return;
  const start = lastClauseStart(s.slice(0, at));
  const subject = s.slice(start, at).replace(/^\s*其中\s*[:,]?/, '');
  if (subject.indexOf(MASK) >= 0) return;
  const items = listOf(subject, figs.length) ?? subject.split(ITEM_SEPARATOR).filter((x) => x.length > 0);
  if (items.length === figs.length) {
    const places = doc.rules.places.find(subject).filter((m) => m.kind === 'place');
    if (places.length === figs.length && items.every((it) => doc.rules.places.find(it).some((m) => m.kind === 'place'))) {
      figs.forEach((f, i) => (f.region = places[i].name));
      return;
    }
    // `甲市和乙市以A和B紧随其后`: without 分别, only places pair with figures.
    if (marker !== 2) return;
    const hits = itemHits(doc, items, figs);
    if (!apply(hits, figs, 'its own item of a 分别 list')) itemParts(doc, items, figs);
    return;
  }
  if (items.length === 0 && marker === 2 && rankedList(doc, s.slice(0, start), figs)) return;
  if (items.length === 1) {
    const listed = listedPlaces(doc, s.slice(0, start), figs.length);
    if (listed) {
      figs.forEach((f, i) => (f.region = listed[i]));
      return;
    }
  }
  if (items.length === 1 && ONLY_A_MEASURE.test(subject)) {
    const subjects = rateClauseSubjects(group, start, figs.length);
    if (subjects) apply(subjects.map((x, i) => label(figs[i].q, x + subject, doc)), figs, 'the subject of its own clause before 分别');
  }
}

/** Give each figure its item's label when the items name more than one indicator (or some name none); false when it gave none. */
function apply(hits: (Classified | null)[], figs: Figure[], via: string): boolean {
  if (hits.some((h) => h === null)) {
    // Some items are outside the taxonomy (发明、实用新型、外观设计…分别为A、B、C件): when no figure has a
    // label yet, the items that name an indicator give theirs, the others stay unnamed.
    if (figs.some((f) => f.hit)) return false;
    figs.forEach((f, i) => {
      if (hits[i]) [f.hit, f.via] = [hits[i], via];
    });
    return true;
  }
  if (new Set(hits.map((h) => h!.rule.id)).size < 2) return false;
  figs.forEach((f, i) => {
    f.hit = hits[i];
    f.via = via;
  });
  return true;
}

/**
 * `电子信息、先进制造、生物医药领域技术合同成交额分别为A、B、C`: the items
 * name one indicator, so each figure is its own item's part (the last item
 * without the label they share).
 */
function itemParts(doc: DocContext, items: string[], figs: Figure[]): void {
  const id = figs[0].hit?.rule.id;
  if (!id || figs.some((f) => f.hit?.rule.id !== id)) return;
  const last = items[items.length - 1];
  const kw = doc.rules.trigger?.find(last);
  if (!kw || kw.index === 0) return;
  // (a kind word the items share, glued to the last: `…、生物医药领域`)
  const names = [...items.slice(0, -1), last.slice(0, kw.index).replace(/的$/, '').replace(SHARED_KIND, '')].map((x) => partWords(x, doc.cues));
  if (names.some((x) => !x)) return;
  figs.forEach((f, i) => (f.part = names[i]));
}

const SHARED_KIND = /(?:领域|行业|产业|类|发明创造)$/;

/** The clause before 分别 names a ranking and lists its items: `成交额居前三位的领域是甲、乙、丙,`. */
const RANKED_LIST = /([^,;。:\uE000]*?(?:前[二三四五六七八九十两\d]{1,2}(?:位|名)|最多|最高|最大)[^,;。:]{0,10}?)(?:分别)?(?:是|为|有)[:]?\s*([^,;。:\uE000]+)[,;]\s*$/;

/**
 * The `n` items of a list: split at 、和及与, or, when a name holds one of
 * those (`城市建设与社会发展`, `新材料及其应用`), at 、 alone.
 */
function listOf(text: string, n: number): string[] | null {
  for (const sep of [ITEM_SEPARATOR, /\s*、\s*/]) {
    const items = text.split(sep).filter((x) => x.length > 0);
    if (items.length === n) return items;
  }
  return null;
}

/** `…成交额居前三位的领域是甲、乙、丙,分别达到A、B、C`: each figure is its item's (a place, or a part), labelled by the ranking. */
function rankedList(doc: DocContext, before: string, figs: Figure[]): boolean {
  const m = RANKED_LIST.exec(before);
  if (!m) return false;
  const items = listOf(m[2], figs.length);
  if (!items) return false;
  const ranking = m[1].replace(/\uE000/g, ''); // (`最多的三个城市`: the count of items is no label word)
  const hits = figs.map((f) => f.hit ?? label(f.q, ranking, doc));
  if (hits.some((h) => !h) || new Set(hits.map((h) => h!.rule.id)).size > 1) return false;
  // Each item's place when every item opens with one, else each item's part.
  const placeOf = items.map((it) => doc.rules.places.find(it).find((x) => x.kind === 'place' && x.index === 0)?.name);
  const places = placeOf.every((p) => p !== undefined);
  const names = places ? placeOf : items.map((it) => partWords(it, doc.cues));
  if (names.some((x) => !x)) return false;
  figs.forEach((f, i) => {
    if (!f.hit) [f.hit, f.via] = [hits[i], 'the ranking its list of items names'];
    if (places) f.region = names[i];
    else f.part = names[i];
  });
  return true;
}

export const respectively: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (let at = group.masked.indexOf('分别'); at >= 0; at = group.masked.indexOf('分别', at + 2)) pair(doc, group, at);
  // 以 after a list of places (`广东和北京以A和B紧随其后`) pairs them the same way.
  for (let at = group.masked.indexOf('以'); at >= 0; at = group.masked.indexOf('以', at + 1)) if (at > 0 && group.masked[at - 1] !== '分') pair(doc, group, at, 1);
};
