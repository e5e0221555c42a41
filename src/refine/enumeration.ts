/**
 * Enumerations under one label: the items of a list whose lead names the
 * indicator (`吸纳技术合同成交额前三位是:甲市(52.6亿元)、乙市(31亿元)…`,
 * `技术合同成交额分别为甲市(860亿元)、乙市(720亿元)`) each take the lead's
 * label; an item that names a place is that region's figure, any other item
 * name (a field, a university, a kind of contract) is the figure's part.
 * Cues: `list_lead`, `other_kind`.
 */
import { classify } from '../rules/classify.js';
import { MASK } from '../rules/mask.js';
import { lastClauseStart } from '../document/clauses.js';
import type { DocContext, Figure, Group, Stage } from '../model/figures.js';

/** An organisation's name: its figure belongs to no place of its own. */
const ORGANISATION = /(?:大学|学院|研究院|研究所|科学院|公司|集团|中心|医院|实验室)$/;
/** What may stand around an item's name: brackets, spaces, verbs of amount. */
// A bracket may hold a growth rate after the figure: `台积电(132件,+326%)`.
const ITEM = /^\s*(?:以及|和|及|与)?\s*([^\s()\uE000,;、:]{1,20}?)\s*(?:\(\s*)?(?:为|达|共|约|合计|占)?\s*\uE000(?:\s*,\s*(?:[+-]?\s*\uE000|[^()\uE000]{1,10}))?\s*\)?[^\uE000]{0,4}$/;

/** Where a ranking starts in a lead (`排名前10位的企业为例`): the label is before it. */
const RANKING = /(?:排名|位居|位列|居)?前[一二三四五六七八九十\d]{1,2}(?:位|名|强|大)/;

/** Between items: 、 or a comma, or 和/及 after an item's figure. */
const SEPARATOR = /\s*[、,]\s*|(?<=\)|\uE000)\s*(?:以及|和|及)/;
const SEPARATOR_AT = /^(?:\s*[、,]\s*|\s*(?:以及|和|及))/;

/** The pieces of a list body between separators that stand outside brackets. */
function splitOutsideBrackets(body: string): string[] {
  if (body.indexOf('(') < 0) return body.split(SEPARATOR);
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = SEPARATOR_HERE.exec(body.slice(i, i + 4));
      // 、 and commas always; 和/及 only after an item's figure or bracket.
      if (m && (/^\s*[、,]/.test(m[0]) || (i > 0 && (body[i - 1] === ')' || body[i - 1] === MASK)))) {
        out.push(body.slice(from, i));
        i += m[0].length - 1;
        from = i + 1;
      }
    }
  }
  out.push(body.slice(from));
  return out;
}
const SEPARATOR_HERE = /^(?:\s*[、,]\s*|\s*(?:以及|和|及))/;

interface Item {
  name: string;
  figure: Figure;
}

/** The items after a lead: `name(figure)` or `name figure`, split at 、 , ; 和 及. */
function itemsAfter(g: Group, from: number): Item[] {
  const rest = g.masked.slice(from);
  const end = rest.search(/[;。]/);
  const body = end < 0 ? rest : rest.slice(0, end);
  const out: Item[] = [];
  let pos = 0;
  let bracketed: boolean | undefined;
  for (const piece of splitOutsideBrackets(body)) {
    const at = from + pos;
    pos += piece.length;
    const m = ITEM.exec(piece);
    // The list ends at the first piece that is not an item of the same shape (`合计成交额…` after it).
    const shape = /\(\s*\uE000/.test(piece);
    if (!m || (bracketed !== undefined && shape !== bracketed) || /合计|总计|共计|总额|成交额|累计/.test(m[1])) break;
    bracketed = shape;
    const k = piece.indexOf(MASK);
    const figure = g.figures.find((f) => f.at === at + k);
    // `生命科学项目占12个`: the item is 生命科学.
    if (figure) out.push({ name: m[1].length > 3 ? m[1].replace(/项目$/, '') : m[1], figure });
    pos += body.slice(pos).match(SEPARATOR_AT)?.[0].length ?? 0;
  }
  return out;
}

/**
 * The indicator of the nearest classified figure of the same kind before `f`
 * in its sentence, else of the sentence before; none when a figure of the same
 * measure that no rule names comes first (`共有22项专利获奖,其中金奖1项、银奖2项`
 * breaks that figure down).
 */
function subjectBefore(group: Group, f: Figure): Figure['hit'] {
  for (let i = f.index - 1; i >= 0; i--) {
    const p = group.figures[i];
    if (!p.rate && !p.dropped && p.q.kind === f.q.kind && (p.hit || p.q.measure === f.q.measure)) return p.hit;
  }
  const prev = group.previous?.figures ?? [];
  for (let i = prev.length - 1; i >= 0; i--) if (prev[i].hit && !prev[i].rate && prev[i].q.kind === f.q.kind) return prev[i].hit;
  return null;
}

const leads = new WeakMap<object, { all: RegExp; one: RegExp }>();
/** The list-lead cue, unanchored: every lead of a sentence (`all`), or whether a name holds one (`one`); compiled once per cue set. */
function leadPatterns(doc: DocContext): { all: RegExp; one: RegExp } {
  let re = leads.get(doc.cues);
  if (!re) leads.set(doc.cues, (re = { all: new RegExp(doc.cues.source.list_lead, 'gu'), one: new RegExp(doc.cues.source.list_lead, 'u') }));
  return re;
}

export const enumeration: Stage = (doc: DocContext, group) => {
  if (group.kind !== 'sentence') return;
  // The topic the sentence opens with (`发明专利申请前五大,…分别为A(…)、B(…)`): the label of lists that name none.
  let topic: string | undefined;
  const topicOf = (): string => {
    if (topic === undefined) {
      const opening = doc.cues.re.topic_frame.exec(group.masked);
      topic = opening ? (opening.slice(1).find((g) => g !== undefined) ?? '') : '';
    }
    return topic;
  };
  const { all: lead, one: leadIn } = leadPatterns(doc);
  lead.lastIndex = 0;
  for (let m = lead.exec(group.masked); m; m = lead.exec(group.masked)) {
    const before = group.masked.slice(0, m.index + m[0].length);
    const items = itemsAfter(group, m.index + m[0].length);
    if (items.length < 2) continue;
    // A lead inside the first item's name (`当中,前五大企业依序为甲…`): the later lead opens the list.
    if (leadIn.test(items[0].name)) continue;
    // 其中 with no comma after it leads a list of bare names only (`其中新材料3只、新能源6只`),
    // not clauses of their own (`其中投资中小微企业共295个、投资金额共…`).
    if (/其中$/.test(m[0]) && items.some((it) => it.name.length > 6)) continue;
    // The lead's own words: its clause up to the list (a label may stand before 前五位/分别).
    const clauseStart = lastClauseStart(before.slice(0, m.index));
    const words = before.slice(clauseStart);
    // The label alone, without the lead (`发明专利授权量` of `…授权量排名前三位的企业依次为:`); a lead that
    // opens its own clause (`以…授权量排名前10位的企业为例,依次为:`) takes the clause before.
    const lead = clauseStart === m.index && clauseStart > 0 ? before.slice(lastClauseStart(before.slice(0, clauseStart - 1)), m.index) : before.slice(clauseStart, m.index);
    // The clause before a lead that has its own (`在发明专利申请当中,前五大企业依序为`).
    const outer = clauseStart > 0 && clauseStart !== m.index ? before.slice(lastClauseStart(before.slice(0, clauseStart - 1)), clauseStart - 1) : '';
    const breakdown = doc.cues.re.part_scope.test(m[0]);
    const rank = RANKING.exec(lead);
    const label = rank ? lead.slice(0, rank.index) : lead;
    const last = items[items.length - 1].figure;
    (group.lists ??= []).push([m.index + m[0].length, last.at + 1]);
    for (const { name, figure: f } of items) {
      if (f.rate || f.dropped) continue;
      let led = false;
      // An item named by a keyword of its own (`实用新型专利2.15万件`) is labelled by its own words or not at all.
      if (!f.hit && doc.rules.trigger?.test(name)) continue;
      if (!f.hit) {
        // The lead's words name the indicator, else the list goes on with the subject of the
        // figure before it (`…成交额300.5亿元。其中,甲市120.5亿元、乙市98.2亿元`).
        f.hit =
          // A breakdown (`…44家单位加入联盟,其中高校6家、企业23家`) is of the figure before, not of the clause's words.
          (breakdown ? subjectBefore(group, f) : null) ??
          classify(f.q, { before: words, after: '', clause: words }, doc.rules.rules) ??
          (label ? classify(f.q, { before: label, after: '', clause: label }, doc.rules.rules) : null) ??
          (topicOf() ? classify(f.q, { before: topicOf(), after: '', clause: topicOf() }, doc.rules.rules) : null) ??
          (outer ? classify(f.q, { before: outer, after: '', clause: outer }, doc.rules.rules) : null) ??
          subjectBefore(group, f);
        if (!f.hit) continue;
        // An item of a kind outside the taxonomy (`新型`, `设计` after 发明) is no figure of the lead's.
        if (doc.cues.re.other_kind.test(name)) {
          f.hit = null;
          continue;
        }
        f.via = 'an item of the list led by its label';
        led = true;
      }
      const place = doc.rules.places.find(name)[0];
      if (place && place.kind === 'place' && place.index === 0 && place.end >= name.length - 1) f.region = place.name;
      else if (doc.rules.places.isPlace(name)) f.region = name;
      else if (led) {
        // A field, a kind of contract, an organisation: a part of the total.
        if (ORGANISATION.test(name)) f.region = null;
        f.part ??= name;
      }
    }
  }
};
