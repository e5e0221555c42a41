/**
 * The document stage: normalise the text, stop when no pack's keyword occurs,
 * else read what every figure of the document shares (structure, metadata,
 * its own year and place, whether it is a plan) and prepare, on first use,
 * the section headings and each paragraph's time expressions.
 */
import type { ExtractOptions, SourceText } from '../record/types.js';
import type { RuleSet } from '../rules/load.js';
import { normalizeForMatching, SPACED_WORDS } from '../text/normalize.js';
import { dropPinyinGlosses } from '../text/glosses.js';
import { buildStructure } from '../document/structure.js';
import { readMetadata } from '../document/metadata.js';
import { findHeadings, sectionAt, sectionStates, type SectionState } from '../document/sections.js';
import { findTimes, type TimeExpr } from '../time/expressions.js';
import { hasBareRocYear } from '../time/bare-year.js';
import { ipDayYear } from '../time/ip-day.js';
import { eventYear } from '../time/event-year.js';
import { soleYearsOf, titleYear } from '../refine/year.js';
import { defaultPlace, documentPlaces } from '../refine/region.js';
import type { DocContext } from '../model/figures.js';

const ROC = /民[国國]\s*\d{2,3}\s*年/;
/** Taiwan's own institutions and currency, early in a text: a Taiwanese text even when it counts years from 1 AD. */
const TAIWAN_ISSUER = /行政院|立法院|国发基金|国家发展基金|智慧财产局|智慧局|新台币|新臺币|国科会|经济部(?:统计处|技术处|工业局|中小企业处)|中华民国/;
/** Words only a Taiwanese text uses; with a bare `106年` they mean the Republic era. */
const TAIWAN = /台湾|新台币|行政院|立法院|经济部|智慧局|智慧财产|智财局|国科会|国发基金|中华民国|台北市|高雄市|台中市|台南市|新北市|资策会|工研院|(?<!实用)新型专利|专利发证|本国人(?:发明)?申请/;
/** The first year a text writes: from 1 AD (group 1) or a bare Republic-era one (`93年`, `110年`). */
const FIRST_YEAR = /((?:19|20)\d\d)\s*年|(?<![\d.])(?:[89]\d|1[0-4]\d)\s*年/;
/** Hong Kong's own offices, early in a text: it speaks for Hong Kong (Macau's is 经济财政司司长). */
const HONG_KONG_OFFICE = /(?<!经济)财政司司长|创新科技署|创新及科技局|创新科技及工业局|创科局|投资推广署|香港特区政府/;
/** A Hong Kong or Macau text speaks of itself so (a mainland text may name 香港特区, never 本港). */
const OWN = /本港|本澳/;
/** An office's statistics by the applicants' origin (`外国人…以日本最多`): the countries it names are origins (parts), not places. */
const ORIGINS = /外国人|外国申请人|国外申请人|按申请人国籍|来华(?:专利)?申请|在我国申请|国家\(地区\)/;


export function readContext(rules: RuleSet, src: SourceText, options: ExtractOptions): DocContext | null {
  // A copying site's pinyin glosses (技術(shù)) are not the document's words (a PDF's page offsets stay as read).
  const text = src.pages ? src.text : dropPinyinGlosses(src.text);
  // A document with no keyword of any pack (in any spelling) has no figure of interest: it
  // stops before it is even normalised (most documents of an archive are like this).
  if (!options.all && !src.pages && rules.rawTrigger && !rules.rawTrigger.test(text) && !SPACED_WORDS.test(text)) return null;
  const norm = normalizeForMatching(text);
  // Text from a PDF may break a keyword across lines, or with a space (`技术 合同`, also when
  // copied into a web page): its keywords are looked for across both.
  const trigger = options.all ? null : src.pages || SPACED_WORDS.test(norm) ? rules.wrappedTrigger : rules.trigger;
  if (trigger && !trigger.test(norm)) return null;
  // An office's statistics by the applicants' origin: every stage sees its countries as no places.
  if (ORIGINS.test(norm)) rules = { ...rules, places: rules.places.domestic };
  const structure = buildStructure(text, norm);
  const cues = rules.cues;
  const meta = readMetadata(text, src.title, cues, norm);
  // An undated text reporting from a World IP Day (`第22个世界知识产权日`) is of that day's year.
  // So is one whose opening reports from a recent meeting of a named year (`日前召开的2016年全市…工作会议`).
  const docYear = meta.docDate ? Number(meta.docDate.slice(0, 4)) : (ipDayYear(norm) ?? eventYear(norm));
  const title = normalizeForMatching(meta.docTitle ?? '').replace(/\([^)]*\)$/, '');
  // With a bare `93年` and Taiwanese words: Republic-era years, unless the text's years are written from 1 AD
  // (its first year is; a page's footer may still carry one). A three-digit `105年` is the Republic's even then
  // (Taiwanese news gives history in AD and the statistics in the Republic's years).
  const roc = ROC.test(norm) || (TAIWAN.test(norm) && (hasBareRocYear(norm, true) || (hasBareRocYear(norm) && FIRST_YEAR.exec(norm.slice(0, 2000))?.[1] === undefined)));
  const places = documentPlaces(meta, rules.places);
  // Issued in Hong Kong or Macau, or speaking of 本港/本澳.
  const issuedIn = [...places.values()].map((p) => rules.places.key(p)).find((p) => p === '香港' || p === '澳门');
  const taiwan = roc || TAIWAN_ISSUER.test(norm.slice(0, 600));
  const own = taiwan ? null : (issuedIn ?? OWN.exec(norm)?.[0] ?? (HONG_KONG_OFFICE.test(norm.slice(0, 600)) ? '本港' : undefined));
  const ownPlace = taiwan ? '台湾' : own ? (own.indexOf('港') >= 0 ? '香港' : '澳门') : null;
  let sections: SectionState[] | null = null;
  let sole: (number | null)[] | undefined;
  let place: string | null | undefined;
  const paragraphTimes = new Map<number, TimeExpr[]>();
  const timesOf = (k: number): TimeExpr[] => {
    let t = paragraphTimes.get(k);
    if (!t) {
      const starts = structure.paragraphStarts;
      // From the line break before the paragraph: a time after its indent still opens a clause.
      const from = Math.max(0, starts[k] - 1);
      const to = k + 1 < starts.length ? starts[k + 1] : norm.length;
      t = findTimes(norm.slice(from, to), docYear, meta.docDate, roc);
      // Fresh objects: their offsets are moved to the document's in place.
      for (const e of t) {
        e.index += from;
        e.end += from;
      }
      paragraphTimes.set(k, t);
    }
    return t;
  };
  const ctx: DocContext = {
    trigger,
    text,
    norm,
    structure,
    rules,
    cues,
    options,
    meta,
    docYear,
    places,
    // The document's default place, found on first use (most figures name theirs).
    get place() {
      if (place === undefined) place = defaultPlace(places, rules, norm, ownPlace, title);
      return place;
    },
    levelPlaces: new Map(),
    ownPlace,
    planDoc: cues.re.plan_title.test(title) && !cues.re.report_title.test(title),
    roc,
    reportYear: titleYear(meta.docTitle, docYear, meta.docDate, roc),
    pages: src.pages,
    sectionAt(pos) {
      sections ??= sectionStates(findHeadings(structure, docYear, meta.docDate, roc, cues));
      return sectionAt(sections, pos);
    },
    paragraphTimes: timesOf,
    soleYear: (paragraph) => {
      sole ??= soleYearsOf(ctx);
      return sole.length ? sole[Math.min(paragraph, sole.length - 1)] : null;
    },
    timesBefore(pos, n) {
      const out: TimeExpr[] = [];
      // Paragraphs are searched backwards from the one holding `pos`, a few at most.
      const starts = structure.paragraphStarts;
      let k = starts.length - 1;
      while (k > 0 && starts[k] > pos) k--;
      for (let seen = 0; k >= 0 && out.length < n && seen < 50; k--, seen++) {
        const t = timesOf(k).filter((e) => e.index < pos);
        out.unshift(...t.slice(-(n - out.length)));
      }
      return out;
    },
  };
  return ctx;
}
