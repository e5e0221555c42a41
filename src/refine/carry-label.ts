/**
 * Labels carry: a figure whose own words name no indicator takes the label
 * of an earlier figure or clause of the same sentence when its own clause has
 * no subject of its own.
 *
 * - a list item named only by a modifier (`其中国家级4家、市级21家`), or a
 *   clause with no subject (`…5000万元专项资金,三年合计1.5亿元`), keeps the
 *   previous figure's indicator;
 * - a clause that continues the previous one (`成交额…增长22%以上,五年累计超过
 *   4,000亿元`, `授权专利5,842件,其中发明专利1,937件`) is classified with the
 *   previous clause's label words in front of its own;
 * - a clause with no subject takes the words of the previous clause
 *   (`全市产学研联盟数量大幅增长,达到175家`).
 * Cues: `list_item`, `subjectless`, `rank_after`, `action_word`.
 */
import { classify } from '../rules/classify.js';
import { MASK } from '../rules/mask.js';
import { LIST_JOIN, lastClauseStart } from '../document/clauses.js';
import { isSubjectless, keywordFollows, onlyAnAction, partyNamed, partyOnly, placeIsTheSubject, withoutPlaces } from './clause-subject.js';
import type { DocContext, Figure, Group, Stage } from '../model/figures.js';

/** A clause that names only the invention kind of patent (`从专利类型看,发明专利`), no action. */
const ONLY_A_KIND = /^[\s,;:]*(?:从[\u4e00-\u9fa5]{1,8}看[,:]?\s*|其中[,:]?\s*|(?:其中)?(?:包括|包含)[:]?\s*)?发明(?:专利)?(?:为|有|共|达)?\s*$/;

/** A clause that names only a measure (`授权量达到`, `,申请量为`, `成交额`), no subject of its own. */
const ONLY_A_MEASURE = /^[\s,;]*(?:其中)?[\u4e00-\u9fa5]{1,4}?(?:量|额|数)(?:达到|达|为|是|约|共|合计|超过|突破|近|逾)*\s*$/;


/** Between a threshold and the exact value it rounds: `(共计`, `(达到`. */
const BRACKETED_EXACT = /^\s*[(（]\s*(?:共计|合计|总计|共|达到|达|为|即|实际)?\s*$/;
/** The start of a change, opening its clause: `从2005年的`. */
const FROM = /^\s*(?:从|由)[^,;\uE000]{0,12}$/;
/** Between the two levels of that change: `上升到2018年的`, `增至`. */
const FROM_TO = /^\s*(?:上升|增长|增加|提高|提升|跃升|攀升|下降|减少|降|增|升)?(?:到|至)(?:了)?\s*(?:(?:19|20)\d\d\s*年(?:底|末)?(?:的)?)?\s*$/;

/** The clause before the figure's own (figures masked), or ''. */
function previousClause(f: Figure): { text: string; sep: string } {
  const w = f.window;
  const prior = w.before.slice(0, w.before.length - w.clause.length - 1);
  return { text: prior.slice(lastClauseStart(prior)), sep: w.before.charAt(w.before.length - w.clause.length - 1) };
}

/** The last classified figure of a kind in a group (the sentence before). */
function lastHit(group: Group | undefined, kind: string): Figure['hit'] {
  if (!group) return null;
  for (let i = group.figures.length - 1; i >= 0; i--) {
    const f = group.figures[i];
    if (f.hit && f.q.kind === kind && !f.rate) return f.hit;
  }
  return null;
}

/** The label of the nearest level figure of the same kind before figure `i`, else of the sentence before. */
function levelBefore(figs: Figure[], i: number, group: Group): Figure['hit'] {
  const kind = figs[i].q.kind;
  for (let j = i - 1; j >= 0; j--) if (figs[j].hit && !figs[j].rate && figs[j].q.kind === kind) return figs[j].hit;
  return lastHit(group.previous, kind);
}

/** Whether a carried rule fits the figure: its measure words, and no word the rule refuses in the figure's clause. */
function fits(hit: Figure['hit'], f: Figure): boolean {
  if (!hit) return false;
  const { rule } = hit;
  return (!rule.measures || rule.measures.has(f.q.measure)) && !(rule.not && rule.not.test(f.window.clause));
}

/** Label the figure by the topic its sentence opens with (`从X看,`, `在X排名中,`) and the words of its clause. */
function byTopic(doc: DocContext, f: Figure, clause: string): boolean {
  const topic = doc.cues.re.topic_frame.exec(f.group.masked);
  if (!topic || topic[0].length > f.at) return false;
  const words = (topic.slice(1).find((g) => g !== undefined) ?? '') + clause;
  const hit = classify(f.q, { before: words, after: f.window.after, clause: words }, doc.rules.rules);
  if (!hit) return false;
  f.hit = hit;
  f.via = 'the topic the sentence opens with';
  return true;
}

/** The ranked subject (`乙光电以`, `丁和戊则以`): the figure's place, or else its part. */
function rankedSubject(doc: DocContext, f: Figure): void {
  const subject = f.window.clause.replace(/(?:则|均|分别|共同)?(?:以|有|为)?\s*$/, '').replace(/^\s*(?:其中|而|另外)?\s*(?:以(?=[^\s\d]{2}))?/, '');
  if (subject.length === 0 || subject.length > 14 || subject.indexOf(MASK) >= 0) return;
  if (doc.rules.places.isPlace(subject)) f.region = subject;
  else f.part ??= subject;
}

/**
 * `发明专利申请量为A,授权量为B`: a clause that names only another action takes
 * the kind of the clause before (B is invention grants, not all grants).
 */
function sameKindOtherAction(doc: DocContext, f: Figure, prev: Figure): boolean {
  if (!prev.hit || prev.q.kind !== f.q.kind || f.window.clause.indexOf(MASK) >= 0 || !onlyAnAction(doc.cues).test(f.window.clause)) return false;
  const { text: p, sep } = previousClause(f);
  if (sep !== ',' && sep !== ';') return false;
  const k = p.indexOf(MASK);
  const label = k < 0 ? p : p.slice(0, k);
  // The action the clause before ends with (`发明专利申请量为` → `发明专利`).
  const subject = label.replace(doc.cues.re.action_word, '');
  if (subject === label || subject.trim() === '') return false;
  const before = subject + f.window.clause.replace(/^[\s,;]+/, '');
  const hit = classify(f.q, { before, after: f.window.after, clause: before }, doc.rules.rules);
  if (!hit || !fits(hit, f) || hit.rule === f.hit?.rule) return false;
  f.hit = hit;
  f.via = 'the kind of the previous clause, another action';
  return true;
}

/** The last patent level of the sentences read so far in a document, and its paragraph (groups come in text order). */
const lastPatent = new WeakMap<DocContext, { hit: NonNullable<Figure['hit']>; paragraph: number }>();

export const carryLabel: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  carry(doc, group);
  for (let i = group.figures.length - 1; i >= 0; i--) {
    const hit = group.figures[i].hit;
    if (hit && !group.figures[i].rate && /^专利/.test(hit.rule.label)) {
      lastPatent.set(doc, { hit, paragraph: group.paragraph });
      break;
    }
  }
};

function carry(doc: DocContext, group: Group): void {
  const { cues } = doc;
  const rules = doc.rules.rules;
  const figs = group.figures;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (!f.rate && i > 0 && sameKindOtherAction(doc, f, figs[i - 1])) continue;
    if (f.rate || f.hit) continue;
    if (f.q.kind === 'count' && cues.re.not_counted.test(f.window.after)) continue; // `甲、乙、丙三个市…`: no label to carry
    const w = f.window;
    const prev = i > 0 ? figs[i - 1] : undefined;
    const ownClause = w.clause.indexOf(MASK) < 0;
    if (prev?.hit && prev.q.kind === f.q.kind && fits(prev.hit, f)) {
      const gap = group.masked.slice(prev.at + 1, f.at);
      // `首次突破5万件(共计51230件)`: the exact value in brackets after a threshold is the same quantity.
      if (prev.qualifier !== 'exact' && BRACKETED_EXACT.test(gap)) {
        f.hit = prev.hit;
        f.via = 'the exact value in brackets after its threshold';
        continue;
      }
      // `从2005年的A上升到2018年的B`: the end of a change from one level to another measures the same.
      if (FROM_TO.test(gap) && FROM.test(prev.window.clause)) {
        f.hit = prev.hit;
        f.via = 'the end of a change from the figure before';
        continue;
      }
      const own = w.clause.slice(w.clause.lastIndexOf(MASK) + 1);
      // (not when a clause between names a label of its own: `…发明专利55件外,也获证各国专利,总计约150件`)
      // (the words right after the figure before, up to its clause's end, are its own: `5000万元专项资金,…`)
      const between = gap.slice(0, gap.length - w.clause.length);
      const cut = between.search(/[,;]/);
      const labelBetween = ownClause && cut >= 0 && doc.rules.trigger?.test(between.slice(cut + 1)) === true;
      if (LIST_JOIN.test(gap) || cues.re.list_item.test(gap) || (ownClause && !labelBetween && isSubjectless(own.replace(/^\s*其中\s*/, ''), cues))) {
        f.hit = prev.hit;
        f.via = 'list item of the previous figure';
        continue;
      }
    }
    if (prev && (prev.hit || prev.rate === 'growth') && ownClause) {
      const p = previousClause(f).text;
      const k = p.indexOf(MASK);
      const label = k < 0 ? p : p.slice(0, k);
      const own = w.clause.replace(/^\s*其中\s*[:,]?/, '');
      const subjectless = isSubjectless(own, cues);
      if (label && (subjectless || own.length < w.clause.length)) {
        const before = subjectless ? label : label + own;
        f.hit = classify(f.q, { before, after: w.after, clause: label + w.clause }, rules);
        if (f.hit) {
          f.via = 'the previous clause continues';
          continue;
        }
      }
    }
    // After a growth rate, a clause without a subject goes on with the figure before the rate
    // (`…案件72,607件,年增0.8%,2024年前七月40,415件`).
    if (prev?.rate === 'growth' && ownClause && isSubjectless(w.clause, cues)) {
      const level = figs.slice(0, i - 1).reverse().find((p) => p.hit && !p.rate && p.q.kind === f.q.kind);
      if (level && fits(level.hit, f)) {
        f.hit = level.hit;
        f.via = 'the figure before the growth rate';
        continue;
      }
      // `2019年成交额A亿元;2020年再度增长77%,突破2000亿元`: a sentence that opens with the rate goes on with the one before.
      // (the opening without its growth words, cue `growth`, names no subject: `某年再次同比增长了`)
      const opening = group.masked.slice(0, figs[0].at).replace(cues.re.growth, '');
      const earlier = !level && i === 1 && (opening.trim() === '' || isSubjectless(opening, cues)) ? lastHit(group.previous, f.q.kind) : null;
      if (earlier && fits(earlier, f)) {
        f.hit = earlier;
        f.via = 'the subject of the sentence before';
        continue;
      }
    }
    // `…有效发明专利12.6万件,其中,权利人是企业的有8.1万件`: in a 其中 scope after a figure of the same kind,
    // a clause that names a kind of party is that party's part of the figure before.
    if (ownClause && prev?.hit && prev.q.kind === f.q.kind && fits(prev.hit, f)) {
      const gap = group.masked.slice(prev.at + 1, f.at);
      const party = cues.re.part_scope.test(gap) && gap.indexOf(MASK) < 0 ? partyNamed(w.clause, doc) : undefined;
      if (party) {
        f.hit = prev.hit;
        f.part ??= party;
        f.via = 'a party’s part of the figure before';
        continue;
      }
    }
    // A clause whose only subject is a kind of party (`…企业2100件。大专院校300件,个人500件`) goes on
    // with the label of the figure before it, for that party.
    if (ownClause) {
      const party = partyOnly(w.clause, doc);
      const before = party ? levelBefore(figs, i, group) : null;
      if (party && before && fits(before, f)) {
        f.hit = before;
        f.part ??= party;
        f.via = 'the same label for another kind of party';
        continue;
      }
    }
    // A clause whose only subject is a place goes on with the label of the figure before it, for
    // that place (`北京的技术合同成交额为A;广州为B,上海为C`; `东区、西区分别为A和B`).
    if (ownClause && placeIsTheSubject(w.clause, doc, cues)) {
      // `就技术合同成交额而言,甲市以150亿元居首`: the topic the sentence opens with.
      if (byTopic(doc, f, withoutPlaces(w.clause, doc))) continue;
      const before = levelBefore(figs, i, group);
      if (before && fits(before, f)) {
        f.hit = before;
        f.via = 'the same label for another place';
        continue;
      }
    }
    // `发明专利申请前十大,…乙以397件居次,丙340件排名第三`: a ranked figure measures the ranking's topic,
    // else what the figure before it in the sentence (or the sentence before) measures.
    if (ownClause && cues.re.rank_after.test(w.after)) {
      const before = levelBefore(figs, i, group);
      if (byTopic(doc, f, '') || (before && fits(before, f) && (f.hit = before))) {
        f.via ??= 'a ranked figure of the same measure';
        rankedSubject(doc, f);
        continue;
      }
    }
    // `从专利授权量看,甲市授权数量最多,达到1669件`: a clause without a subject, the first figure of a
    // sentence that opens with its topic, measures that topic.
    if (i === 0 && ownClause && isSubjectless(w.clause, cues) && byTopic(doc, f, w.clause)) continue;
    // (Not when a keyword follows the figure: `6项专利获…奖` counts what no rule names.)
    if (i === 0 && f.window.before.indexOf(MASK) < 0 && isSubjectless(w.before.replace(/^\s*其中\s*[,:]/, "其中"), cues) && !keywordFollows(doc, w.after)) {
      // A sentence that opens without a subject continues the one before it
      // (`…成交额436.2亿元。继2019年突破200亿元后,今年突破400亿元。`).
      const prevHit = lastHit(group.previous, f.q.kind);
      if (prevHit && fits(prevHit, f)) {
        f.hit = prevHit;
        f.via = 'the subject of the sentence before';
        continue;
      }
    }
    // `专利申请量14.4万件,授权量8.6万件`: a clause that names only a measure takes the keyword of the clause before.
    if (ownClause && f.index > 0 && doc.rules.trigger && ONLY_A_MEASURE.test(w.clause) && !doc.rules.trigger.test(w.clause)) {
      const { text: p, sep } = previousClause(f);
      const keyword = sep === ',' || sep === ';' ? doc.rules.trigger.find(p) : null;
      if (keyword) {
        const before = keyword.word + w.clause.replace(/^\s*(?:其中)?/, '');
        const hit = classify(f.q, { before, after: w.after, clause: before }, rules);
        if (hit && fits(hit, f)) {
          f.hit = hit;
          f.via = 'the keyword of the previous clause';
          continue;
        }
      }
    }
    // `专利授权量5001件。按专利类型分,发明专利600件`: a kind of patent named without its action takes the action of
    // the last patent figure (of this sentence or the one before).
    if (ownClause && ONLY_A_KIND.test(w.clause)) {
      const last = lastPatent.get(doc);
      const before = levelBefore(figs, i, group) ?? (last && group.paragraph - last.paragraph <= 2 ? last.hit : null);
      if (before && /^专利/.test(before.rule.label)) {
        const words = '发明' + before.rule.label;
        const hit = classify(f.q, { before: words, after: w.after, clause: words }, rules);
        if (hit && fits(hit, f)) {
          f.hit = hit;
          f.via = 'a kind of patent of the figure before';
          continue;
        }
      }
    }
    if (ownClause && isSubjectless(w.clause, cues)) {
      const { text: p, sep } = previousClause(f);
      // `按总投入的30%给予补助,最高不超过500万元`: the words after the previous clause's last figure.
      const label = p.slice(p.lastIndexOf(MASK) + 1);
      // Only across a comma or semicolon: a table cell (`|`) is not a clause of the same sentence.
      if (label && (sep === ',' || sep === ';')) {
        f.hit = classify(f.q, { before: label, after: w.after, clause: label + w.clause }, rules);
        if (f.hit) f.via = 'the subject of the previous clause';
      }
    }
  }
}
