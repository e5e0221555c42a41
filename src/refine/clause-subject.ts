/**
 * What a clause names as its subject, for the label-carrying stage: nothing
 * (cue `subjectless`), only places, only a kind of party, or an owner
 * (`专利权人为企业的`).
 */
import type { Cues } from '../rules/cues.js';
import type { DocContext } from '../model/figures.js';

/** Times (`2024年`, `到2025年`, `上半年`), goal words and fund phases say when or how, not what. */
const NOT_A_SUBJECT = /继|(?:以)?后|(?:到|至|在|于)?(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年(?:底|末|初|度)?|上半年|下半年|前三季度|今年|明年|去年|力争|争取|预计|有望|计划|拟|将|(?:首|[一二三四五六七八九十])期(?:规模)?/g;

export function isSubjectless(segment: string, cues: Cues): boolean {
  return cues.re.subjectless.test(segment) || cues.re.subjectless.test(segment.replace(NOT_A_SUBJECT, ''));
}

/** Whether a clause names places and, besides them, only words that make no subject (`广州为`, `A、B分别为`). */
export function placeIsTheSubject(clause: string, doc: DocContext, cues: Cues): boolean {
  const places = doc.rules.places.find(clause).filter((m) => m.kind === 'place');
  if (places.length === 0) return false;
  let rest = '';
  let pos = 0;
  for (const m of places) {
    rest += clause.slice(pos, m.index);
    pos = m.end;
  }
  rest += clause.slice(pos);
  rest = rest.replace(/^[\s,;:]*其中[\s,:]*/, '').replace(/^[\s、和及与]+|[、和及与]+/g, '').replace(/^的/, '');
  // (a clause that is only a place, `甲市7000件`: its place is all it names)
  return rest.length === 0 || isSubjectless(rest, cues);
}

/** Whether a pack's keyword stands right after the figure (`6项专利获奖`): the figure counts what it names. */
export function keywordFollows(doc: DocContext, after: string): boolean {
  const k = doc.rules.trigger?.find(after.slice(0, 8));
  return k !== null && k !== undefined && k.index <= 2;
}

/** A clause's words without its place names and their separators (`甲市、乙市分别以` → `分别以`). */
export function withoutPlaces(clause: string, doc: DocContext): string {
  let rest = '';
  let pos = 0;
  for (const m of doc.rules.places.find(clause)) {
    if (m.kind !== 'place') continue;
    rest += clause.slice(pos, m.index);
    pos = m.end;
  }
  return (rest + clause.slice(pos)).replace(/[、和及与]+/g, '');
}

const parties = new WeakMap<object, RegExp>();
/** The kind of party a clause names and nothing else (`大专院校`, `;而研究机构`), or undefined. */
export function partyOnly(clause: string, doc: DocContext): string | undefined {
  let re = parties.get(doc.cues);
  if (!re) parties.set(doc.cues, (re = new RegExp(`^[\\s,;、]*(?:而|另外|此外)?(${doc.cues.source.part_subject})(?:为|有|共|达|则为)?\\s*$`, 'u')));
  return re.exec(clause)?.[1];
}

const namedParties = new WeakMap<object, RegExp>();
/** The kind of party a clause names as owner (`专利权人为企业的达`, `企业拥有`), or undefined. */
export function partyNamed(clause: string, doc: DocContext): string | undefined {
  let re = namedParties.get(doc.cues);
  if (!re) namedParties.set(doc.cues, (re = new RegExp(`(?:^|[为是属])(${doc.cues.source.part_subject})(?=的|拥有|持有|有|占)`, 'u')));
  return re.exec(clause.replace(/^[\s,;:]+/, ''))?.[1];
}

const actionOnly = new WeakMap<object, RegExp>();
/** A clause that names only what is done (`,授权量为`, `,授权`; cue `action_word`), compiled once per cue set. */
export function onlyAnAction(cues: Cues): RegExp {
  let re = actionOnly.get(cues);
  if (!re) actionOnly.set(cues, (re = new RegExp(`^[\\s,;]*${cues.source.action_word}\\s*$`, 'u')));
  return re;
}
