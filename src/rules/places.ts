/**
 * Place names (src/rules/packs/places.yaml): the provinces and their
 * prefecture-level cities, the special administrative regions and Taiwan's
 * cities, found in normalised text with or without their suffix; districts
 * and counties (`天河区`, `湘潭县`) by their suffix; the words that name the
 * whole country (全国, 我国) and a text's own place (本港, 本澳).
 */
import { PairFilter } from './keywords.js';

export interface PlacesPack {
  kind: 'places';
  national: string[];
  own: Record<string, string[]>;
  provinces: Record<string, string[]>;
  /** Regions of several provinces (长三角, 京津冀): places of their own, in no province. */
  regions?: string[];
  /** Other countries and blocs: places of their own, but not where a right is granted or sought (`获得美国专利`). */
  countries?: string[];
  not_places: string[];
}

export type PlaceKind = 'place' | 'national' | 'self' | 'own';

export interface PlaceMention {
  index: number;
  end: number;
  /** The name as written (normalised), or the level word's level (`市` for 全市). */
  name: string;
  kind: PlaceKind;
  /** For `place`: its province's short name (`广东` for 广州). */
  province?: string;
  /** A region of several provinces or another country (`长三角`, `美国`). */
  wide?: boolean;
}

export interface Gazetteer {
  /** Every place mention in `s`, in order. */
  find(s: string): PlaceMention[];
  /** The province a place belongs to (`广州` → 广东), by short name. */
  provinceOf(name: string): string | undefined;
  /** Whether a name is a province (or a city of a province's rank) itself. */
  isProvince(name: string): boolean;
  /** A name without its suffix (`广州市` → 广州), for comparing. */
  key(name: string): string;
  /** Whether `s` is exactly one place name (a table row or list item). */
  isPlace(s: string): boolean;
  /** The own-place words (`本港` → 香港). */
  own: Map<string, string>;
  /** The same names without other countries: for a text where a country is where applicants come from (`外国人…以日本最多`), not a place of figures. */
  readonly domestic: Gazetteer;
}

const SUFFIX = '(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|省|市|地区|新区|州|盟|区|县)';
const ORG_AFTER = /^[\u4e00-\u9fa5]{0,8}?(?:大学|学院|协会|公司|集团|银行|研究院|科学院|委员会|中心|局|部|署|社|网|报|会)/;
/** Words that end the name of a university, institute, firm or hospital right after a place (`大学`, `科技有限公司`). */
const INSTITUTION_AFTER = /^(?:[\u4e00-\u9fa5]{0,4}?大学(?!城|生)|[\u4e00-\u9fa5]{0,2}?科大(?!讯)|学院|[\u4e00-\u9fa5]{0,6}?(?:有限公司|股份公司|集团)|研究院|研究所|科学院|[\u4e00-\u9fa5]{0,4}?医院|银行|[中工农建交]行|[\u4e00-\u9fa5]{0,4}?[分支]行)/;
/** After a country: the rights of a list of countries (`中华民国、日本等各国专利`), or a body named after it (`美国发明家学院`): not whose figure it is. */
const COUNTRY_NOT_PLACE = /^(?:等[^,;。:()\d]{0,6}?专利|[\u4e00-\u9fa5]{0,4}?(?:学院|学会|协会|机构|政府|大学))/;
/**
 * A right a country grants (`美国发明专利获证件数`, `获得日本专利`, `在欧盟获得专利`): where, not whose; but a
 * country's 专利申请 (`美国专利申请量为N件`) is its applicants' unless a verb seeks it (`申请美国专利`).
 */
const RIGHT_AFTER = /^(?:核准|授权|授予|获准|注册|获得|取得|获)?(?:的)?(?:发明|实用新型|外观设计)?(?:专利|商标)/;
const APPLIED_AFTER = /^(?:发明|实用新型|外观设计)?专利申请/;
const OBTAIN_BEFORE = /(?:获|得|取得|授予|拥有|持有|申请|布局|获证)$/;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function keyOf(name: string): string {
  const s = name.trim();
  return s.length > 2 ? s.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|自治州|省|市|区|县|地区|旗)$/, '') : s;
}

/** Characters that form a word with a following 中 (其中, 集中, 之中, 当中, 空中, 心中, 高中, 初中, 期中, 命中, 居中, 适中). */
const WORD_WITH_ZHONG = new Set([...'其集之当空心高初期命居适'].map((c) => c.charCodeAt(0)));
/** A verb before 县/区 (`推动县财政…`, `带动区内企业`): the word is no district's name. */
const VERB_FIRST = /^(?:推动|带动|支持|加快|鼓励|引导|促进|全面|实现|建设|打造|服务|助力|帮助|覆盖|辐射)/;
/** Zones that take their city's name (`成都高新区`). */
const ZONE = /^(?:高新区|经开区|开发区|新区|自贸区|保税区|综保区)$/;
/** Two characters before 市 that make a phrase, not a city (`会同市科技局`, `入选市级`). */
const CITY_VERB = /^(?:会同|联合|协同|入选|成为|邀请|组织|召开|举办|带领|陪同|指导|推荐|申报|参加|争创|创建|获评|评为|地级|县级|省辖|直辖|各地|城市|全市|副省)/;
/** Characters a district's name never starts with: they end the word before it. */
const BOUNDARY = new Set([...'年月日在和与及是为的其对从至由中以将向按等、了有于把被让给使共计达约近超逾各该本全我'].map((c) => c.charCodeAt(0)));
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fa5;

/**
 * Districts and counties named by their suffix (`天河区`, `湘潭县`, `浦东新区`):
 * the two to five characters before 区/县/旗 back to a word boundary (a
 * function word, punctuation or a named place's end). A name whose start is
 * unclear (a longer run of characters) is not taken.
 */
function mergeDistricts(s: string, named: PlaceMention[], notPlaces: Set<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x533a && c !== 0x53bf && c !== 0x65d7 && c !== 0x5e02) continue; // 区 县 旗 市 (a county-level city: 丹阳市)
    if (c === 0x5e02 && /[场民值委长级政区县域属直辖]/.test(s.charAt(i + 1))) continue; // 市场, 市民, 市委, 市级, 市政: words, not places
    if (/[域级间]/.test(s.charAt(i + 1))) continue; // 县域经济, 区级层面, 区间: words, not places
    if (c === 0x65d7 && /[下舰帜]/.test(s.charAt(i + 1))) continue; // 集团旗下, 旗舰: no banner
    while (k < named.length && named[k].end <= i) out.push(named[k++]);
    if (k < named.length && named[k].index <= i) continue; // inside a named place (广州区)
    const floor = out.length ? out[out.length - 1].end : 0;
    let j = i;
    while (j > floor && i - j < 5 && isCjk(s.charCodeAt(j - 1)) && !BOUNDARY.has(s.charCodeAt(j - 1))) j--;
    const clearStart = j === floor || !isCjk(s.charCodeAt(j - 1)) || BOUNDARY.has(s.charCodeAt(j - 1));
    const w = s.slice(j, i + 1);
    // A zone named by the city right before it (`成都高新区`, `江州经开区`) is one place: the city's zone.
    const city = out[out.length - 1];
    if (j === floor && city?.kind === 'place' && city.end === j && !city.wide && ZONE.test(w)) {
      out[out.length - 1] = { ...city, end: i + 1, name: s.slice(city.index, i + 1) };
      continue;
    }
    const tail = w.slice(-2);
    if (!clearStart || w.length < 3 || VERB_FIRST.test(w) || notPlaces.has(w) || notPlaces.has(w.slice(-3)) || (notPlaces.has(tail) && tail !== '新区')) continue;
    // A city by its suffix only as a two-character name that a clear boundary starts (`。丹阳市探索`, not `经会同市`).
    if (c === 0x5e02 && (w.length !== 3 || CITY_VERB.test(w))) continue;
    out.push({ index: j, end: i + 1, name: w, kind: 'place' });
  }
  while (k < named.length) out.push(named[k++]);
  return out;
}

export function compilePlaces(pack: PlacesPack): Gazetteer {
  const province = new Map<string, string>();
  for (const [p, cities] of Object.entries(pack.provinces)) {
    province.set(p, p);
    for (const c of cities) province.set(keyOf(c) === c ? c : keyOf(c), p);
  }
  const countries = new Set(pack.countries ?? []);
  /** Places in no province: regions of several provinces, and other countries. */
  const wide = new Set([...(pack.regions ?? []), ...countries]);
  const names = [...province.keys(), ...wide].sort((a, b) => b.length - a.length);
  /** A country named as where a right is granted or sought, or as the name of a body: no place of a figure. */
  const countryNoPlace = (s: string, i: number, end: number) =>
    COUNTRY_NOT_PLACE.test(s.slice(end, end + 12)) ||
    (RIGHT_AFTER.test(s.slice(end, end + 8)) && (!APPLIED_AFTER.test(s.slice(end, end + 8)) || OBTAIN_BEFORE.test(s.slice(Math.max(0, i - 3), i))));
  const own = new Map<string, string>();
  for (const [place, words] of Object.entries(pack.own)) for (const w of words) own.set(w, place);
  const notPlaces = new Set(pack.not_places);
  const national = [...pack.national].sort((a, b) => b.length - a.length);
  const ownWords = [...own.keys()].sort((a, b) => b.length - a.length);
  // Every word, by its first character, in the order an alternation would try
  // them: own-place words, named places, the nation, self words (全市, 我省,
  // 自治区); longest first within each. One pass over the text looks only at
  // characters some word starts with.
  type Entry = { word: string; kind: PlaceKind; name?: string };
  const entries: Entry[] = [
    ...ownWords.map((w): Entry => ({ word: w, kind: 'own' })),
    ...names.map((w): Entry => ({ word: w, kind: 'place' })),
    ...national.map((w): Entry => ({ word: w, kind: 'national' })),
    ...['全', '我', '本'].flatMap((a) => ['自治区', '省', '市', '区', '县'].map((l): Entry => ({ word: a + l, kind: 'self', name: l === '自治区' ? '省' : l }))),
    { word: '自治区', kind: 'self', name: '省' },
  ];
  // lists[slot[c] - 1]: the entries that start with code unit c (slot 0: none).
  const lists: Entry[][] = [];
  const slot = new Uint16Array(0x10000);
  const filter = new PairFilter();
  for (const e of entries) {
    const c = e.word.charCodeAt(0);
    if (slot[c] === 0) slot[c] = lists.push([]);
    lists[slot[c] - 1].push(e);
    filter.add(e.word);
  }
  const suffix = new RegExp(SUFFIX, 'y');
  const find = (s: string): PlaceMention[] => {
    const out: PlaceMention[] = [];
    for (let i = 0, n = s.length; i < n; i++) {
      if (!filter.may(s, i)) continue;
      const list = lists[slot[s.charCodeAt(i)] - 1];
      for (const e of list) {
        if (!s.startsWith(e.word, i)) continue;
        let end = i + e.word.length;
        if (e.kind === 'place') {
          suffix.lastIndex = end;
          const m = suffix.exec(s);
          if (m) end += m[0].length;
          // `浙江大学`, `国立台湾大学`, `深圳某某科技有限公司`: the name of a university or firm, no place of a figure.
          if (INSTITUTION_AFTER.test(s.slice(end, end + 12)) || (countries.has(e.word) && countryNoPlace(s, i, end))) {
            i = end - 1;
            break;
          }
          const name = s.slice(i, end);
          out.push(wide.has(e.word) ? { index: i, end, name, kind: 'place', wide: true } : { index: i, end, name, kind: 'place', province: province.get(e.word) });
        } else if (e.kind === 'national') {
          // `中国地质大学`, `中国国家知识产权局`: an organisation's name, not the nation.
          if (e.word === '中国' && ORG_AFTER.test(s.slice(end, end + 10))) continue;
          // `其中国家级`, `集中国内资源`, `当中国内企业`: 中 ends the word before, no 中国.
          if (e.word === '中国' && i > 0 && WORD_WITH_ZHONG.has(s.charCodeAt(i - 1))) continue;
          // `中国(许昌)知识产权服务中心`, `中国(上海)自由贸易试验区`: the place in brackets is the one meant.
          if (s.charCodeAt(end) === 0x28 && e.word === '中国') continue;
          out.push({ index: i, end, name: e.word, kind: 'national' });
        } else out.push({ index: i, end, name: e.name ?? e.word, kind: e.kind });
        i = end - 1;
        break;
      }
    }
    return mergeDistricts(s, out, notPlaces);
  };
  const whole = new RegExp(`^(?:(?:${names.map(escape).join('|')})${SUFFIX}?|[\\u4e00-\\u9fa5]{1,4}(?:新区|区|县|旗))$`);
  const provinceOf = (name: string) => province.get(keyOf(name)) ?? province.get(name);
  let domestic: Gazetteer | undefined;
  return {
    get domestic() {
      return countries.size === 0 ? this : (domestic ??= compilePlaces({ ...pack, countries: [] }));
    },
    find,
    provinceOf,
    isProvince: (name) => provinceOf(name) === keyOf(name),
    key: keyOf,
    isPlace: (s) => whole.test(s) && !notPlaces.has(s),
    own,
  };
}
