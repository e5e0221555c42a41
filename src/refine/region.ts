/**
 * The region every figure belongs to: a table row's or list item's own
 * place; else the place named nearest before it in its sentence (广州, 天河区,
 * 全国/我国 → 全国, 全市/我省 → the document's own city or province, 本港 →
 * 香港); else the document's own place (its issuer's or title's, else the
 * first place it names). Names are written as the text writes them, in
 * simplified characters. Cues: `self_region`, `place`; names: places.yaml.
 */
import type { DocMeta } from '../record/types.js';
import type { RuleSet } from '../rules/load.js';
import type { Gazetteer, PlaceMention } from '../rules/places.js';
import { normalizeForMatching } from '../text/normalize.js';
import { isChrome, NEWSPAPER } from '../document/web-page.js';
import { LIST_JOIN } from '../document/clauses.js';
import { isCandidate, type DocContext, type Figure, type Group, type Stage } from '../model/figures.js';

/** The places a (normalised) title names, not as a newspaper's or university's name (`长沙晚报`). */
function placesOfTitle(title: string, places: Gazetteer): string[] {
  return places.find(title).flatMap((m) => (m.kind === 'place' && m.province !== undefined && !NAMED_AFTER.test(title.slice(m.end, m.end + 4)) ? [m.name] : []));
}

/** The document's places by level (`市` → `广州市`): the place its issuer's name or its title opens with. */
export function documentPlaces(meta: DocMeta, places: Gazetteer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [raw, issuer] of [
    [meta.docIssuer, true],
    [meta.docTitle, false],
  ] as const) {
    if (!raw) continue;
    const s = normalizeForMatching(raw).replace(/^(?:关于|中华民国)/, '');
    // A newspaper named after its city (`长沙晚报`) reports on more than its city (a city's news site, `福州新闻网`, on its
    // city, unless the title names the place: `宁夏专利授权量大幅增长` on a 银川 site).
    if (issuer && (OUTLET.test(s) || (/网$/.test(s) && placesOfTitle(normalizeForMatching(meta.docTitle ?? ''), places).length > 0))) continue;
    const m = places.find(s.slice(0, 16))[0];
    let name: string | null = m && m.index === 0 && m.kind === 'place' ? m.name : null;
    // A place the list does not know, by its suffix: `江州市科学技术局`.
    // (in a title, not the start of a word: `技术市场`, `区域`, `省级`).
    const unknown = name ? null : /^([\u4e00-\u9fa5]{2,6}?[省市区县])(?!场|民|值|域|块|份|级|委|长)/.exec(s);
    if (unknown && !issuer && /^(?:技术|科技|产业|创新|发展|知识|专利|全|我|本)/.test(unknown[1])) continue;
    if (unknown && !/[年月日季度我本全各该这其第一二三四五六七八九十]/.test(unknown[1].slice(0, -1))) name = unknown[1];
    if (!name) continue;
    // `香港特区…`: an own-place word names its place (香港).
    name = places.own.get(name) ?? name;
    const level = /[省市区县]$/.test(name) ? name.slice(-1) : places.provinceOf(name) === name ? '省' : '市';
    if (!out.has(level)) out.set(level, name);
  }
  return out;
}

const DATELINE = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息)/;
const OUTLET = new RegExp(`${NEWSPAPER}$`);
/** A newspaper, broadcaster, university or firm named after its city (`某市日报对…进行报道`): not what the text is about. */
const NAMED_AFTER = new RegExp(`^(?:市|省)?(?:${NEWSPAPER}|新闻|电视台|广播|大学|学院|银行|集团|公司)`);
/** The name of a fund, alliance or firm after a place (`…产业投资基金`, `…创新联盟`). */
const WIDE_BODY = /^[\u4e00-\u9fa5]{0,12}?(?:基金|联盟|公司|集团|协会)/;
/** Where a meeting was held (`在北京举行的全国…会议`): not what the text is about. */
const VENUE = /^(?:市)?(?:举行|召开|举办|开幕|闭幕)/;
/** A national body's notice opens by addressing the provinces (`各省、自治区、直辖市…厅`): the nation's. */
const ALL_PROVINCES = /各省[、(]自治区|各省\(区、市\)|各省级/;

/** The most local of the document's own places, else the first place its text names. */
export function defaultPlace(places: Map<string, string>, rules: RuleSet, norm: string, ownPlace: string | null, title = ''): string | null {
  for (const level of ['县', '区', '市', '省']) {
    const p = places.get(level);
    if (p) return p;
  }
  if (ownPlace) return ownPlace;
  // A title that names one place, not at its start (`科技创新年度观察之江西篇`).
  const inTitle = new Set(placesOfTitle(title, rules.places));
  if (inTitle.size === 1) return [...inTitle][0];
  // The place the opening names, else the place named most often.
  const counts = new Map<string, number>();
  // Prose only: a table's row labels are its rows' places, not the document's.
  const prose = norm
    .slice(0, 3000)
    .split('\n')
    .filter((l) => l.indexOf('|') < 0 && l.indexOf('\t') < 0)
    // A page's menu names its site's place (`铜川要闻`), but its `全国两会专题` names no document's place.
    .map((l) => (isChrome(l.trim()) ? l.replace(/全国|我国|中国/g, '  ') : l))
    .join('\n');
  if (ALL_PROVINCES.test(prose.slice(0, 800))) return '全国';
  // The text speaks as a province (全省, 我省) and not as a city: a city it names is in its province.
  let asProvince = false;
  let asCity = false;
  const { places: g } = rules;
  const scope = (name: string) => (asProvince && !asCity && !g.isProvince(name) ? (g.provinceOf(name) ?? name) : name);
  // `安徽宣城市`, `江西南昌市`: a province written right before its own city.
  const beforeItsCity = (m: PlaceMention, next: PlaceMention | undefined) =>
    m.kind === 'place' && next?.kind === 'place' && /^省?$/.test(prose.slice(m.end, next.index)) && g.isProvince(m.name) && !g.isProvince(next.name) && g.provinceOf(next.name) === g.key(m.name);
  const mentions = rules.places.find(prose);
  let wider: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let name: string | null = null;
    // The city names the document's place, not the province before it.
    if (beforeItsCity(m, mentions[i + 1])) continue;
    if (m.kind === 'self') {
      if (m.name === '省') asProvince = true;
      else if (m.name === '市') asCity = true;
      continue;
    }
    // `排在全国第五位`, `比北京`: a ranking's scope or the thing compared with.
    const before = prose.slice(Math.max(0, m.index - 3), m.index);
    if (COMPARED.test(before) || RANKED_BEFORE.test(before)) continue;
    if (m.kind === 'place') name = m.name;
    else if (m.kind === 'national') name = '全国';
    else if (m.kind === 'own') name = rules.places.own.get(m.name) === '台湾' ? '全国' : (rules.places.own.get(m.name) ?? null); // 我国 in a mainland text
    if (name === null) continue;
    // A news dateline (`北京1月14日讯`, `新华社广州3月2日电`) says where the reporter was.
    if (DATELINE.test(prose.slice(m.end, m.end + 14))) continue;
    if (m.kind === 'place' && (NAMED_AFTER.test(prose.slice(m.end, m.end + 4)) || (prose[m.index - 1] === '在' && VENUE.test(prose.slice(m.end, m.end + 4))))) continue;
    // A region of several provinces or a country that opens a body's name (`京津冀产业…基金`, `长三角…联盟`) is the
    // document's place only when the text names no province or city.
    if (m.wide && WIDE_BODY.test(prose.slice(m.end, m.end + 14))) {
      wider ??= name;
      continue;
    }
    if (m.index < 400) return scope(name);
    const key = rules.places.key(name);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best === null ? wider : scope(best);
}

/** The region a mention names in this document. */
export function resolveMention(doc: DocContext, m: PlaceMention): string | null {
  switch (m.kind) {
    case 'place':
      return m.name;
    case 'national':
      return doc.ownPlace ?? '全国';
    case 'own': {
      const place = doc.rules.places.own.get(m.name);
      if (place === doc.ownPlace) return place ?? null;
      // 我国, 国内 in a mainland text: the nation.
      return place === '台湾' ? '全国' : (place ?? null);
    }
    case 'self':
      return doc.places.get(m.name) ?? (m.name === '省' ? provinceOfDocument(doc) : null) ?? selfAtLevel(doc, m.name);
  }
}

/** Cities of a province's rank: their 全市 is themselves. */
const MUNICIPALITY = /^(?:北京|上海|天津|重庆|香港|澳门)/;


/**
 * 全市/我省 in a document whose own place is not of that level (none, or the
 * nation; a province for 全市): the first place of that level its prose
 * names (`中国(许昌)…` … `全市` → 许昌), else the document's place.
 */
function selfAtLevel(doc: DocContext, level: string): string | null {
  const fallback = doc.place;
  if (level !== '市' && level !== '省') return fallback;
  if (fallback !== null && fallback !== '全国' && !(level === '市' && doc.rules.places.isProvince(fallback) && !MUNICIPALITY.test(fallback))) return fallback;
  let found = doc.levelPlaces.get(level);
  if (found === undefined) {
    found = null;
    const prose = doc.norm.slice(0, 3000);
    for (const m of doc.rules.places.find(prose)) {
      if (m.kind !== 'place' || /[区县旗]$/.test(m.name)) continue;
      if (level === '市' && !doc.rules.places.isProvince(m.name) && doc.rules.places.provinceOf(m.name) !== undefined) found = m.name;
      else if (level === '省') found = doc.rules.places.isProvince(m.name) ? m.name : (m.province ?? null);
      if (found !== null) break;
    }
    doc.levelPlaces.set(level, found);
  }
  return found ?? fallback;
}

function provinceOfDocument(doc: DocContext): string | null {
  const city = doc.places.get('市') ?? (doc.place === '全国' ? null : doc.place);
  return city ? (doc.rules.places.provinceOf(city) ?? null) : null;
}

/** A place named just before as the thing compared with (`比北京`, `仅次于深圳`) is not the figure's. */
const COMPARED = /(?:比|较|与|同|和|超过|超越|高于|低于|仅次于|次于|对)$/;
/** A place named as a ranking's scope (`居全国第五`, `排在全省前列`) is not the figure's. */
const RANKED_BEFORE = /(?:居|排|列|位居|排在|排名|名列|位列|跻身|进入)$/;
const EVENT = /^[^,;。\uE000]{0,4}?(?:介绍|表示|说|召开|举行|举办|发布|宣布|称|指出|透露|出席|开幕|闭幕)/;
const RANKED_AFTER = /^[^,;。\uE000]{0,10}?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|首位|之首|前列|首位|榜首|领先)/;

function mentionsOf(doc: DocContext, g: Group): PlaceMention[] {
  return (g.places ??= doc.rules.places.find(g.masked));
}


/**
 * Places named together as one subject (`甲市、乙市及丙区整合资金…`): the
 * province they share, or no region when they lie in several, and where the
 * list starts; undefined when mention `i` stands alone.
 */
function jointPlace(doc: DocContext, masked: string, ms: PlaceMention[], i: number): { first: number; region: string | null } | undefined {
  const g = doc.rules.places;
  let j = i;
  while (j > 0 && ms[j - 1].kind === 'place' && LIST_JOIN.test(masked.slice(ms[j - 1].end, ms[j].index))) j--;
  if (j === i || ms[i].kind !== 'place') return undefined;
  const provinces = new Set(ms.slice(j, i + 1).map((m) => (g.isProvince(m.name) ? g.key(m.name) : (m.province ?? g.provinceOf(m.name) ?? m.name))));
  return { first: j, region: provinces.size === 1 ? [...provinces][0] : null };
}

/** The region named nearest before the figure in its sentence, if any. */
function namedBefore(doc: DocContext, f: Figure): string | null | undefined {
  const ms = mentionsOf(doc, f.group);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    if (m.end > f.at) continue;
    // A place that names an item of a list is that item's, not a later figure's (nor a later item's).
    if (f.group.lists?.some(([a, b]) => m.index >= a && m.end <= b && (!(f.at >= a && f.at < b) || f.group.masked.slice(m.end, f.at).indexOf('\uE000') >= 0))) continue;
    // A place's name at the start of a longer name that is the figure's part (`阿里巴巴`, `南京银行`) is no place.
    if (f.part && f.part.length > m.end - m.index && f.group.masked.startsWith(f.part, m.index)) continue;
    const after = f.group.masked.slice(m.end, f.at);
    const joint = jointPlace(doc, f.group.masked, ms, i);
    if (joint) {
      // (`省级和甲市、乙市…`: a 和 before the list joins it to more subjects, it compares nothing)
      const lead = f.group.masked.slice(Math.max(0, ms[joint.first].index - 3), ms[joint.first].index).replace(/和$/, '');
      if (!COMPARED.test(lead) && !RANKED_BEFORE.test(lead) && !RANKED_AFTER.test(after)) return joint.region;
      // `与杭州、南京相比`: every place of a list compared with is passed over.
      i = joint.first;
      continue;
    }
    const before = f.group.masked.slice(Math.max(0, m.index - 3), m.index);
    if (COMPARED.test(before) || RANKED_BEFORE.test(before) || RANKED_AFTER.test(after)) continue;
    // `在北京介绍`, `在深圳举行`: where something was said or held.
    if (/在$/.test(before) && EVENT.test(after)) continue;
    return resolveMention(doc, m);
  }
  return undefined;
}

export const region: Stage = (doc, group) => {
  for (const f of group.figures) {
    if (!isCandidate(doc, f) || f.region !== undefined) continue;
    if (group.kind === 'row') {
      f.region = group.region ?? doc.place;
      continue;
    }
    const named = namedBefore(doc, f);
    f.region = named === undefined ? doc.place : named;
  }
};
