/**
 * Parts: a breakdown of a total is not the total. A figure keeps its
 * indicator and carries `part` when
 * - it stands in a 其中/包括 scope after a figure of the same indicator
 *   (`技术合同成交额386.52亿元,其中技术开发合同成交额120亿元` → 技术开发合同;
 *   `有效发明专利2.6万件,其中企业拥有1.9万件` → 企业), or
 * - its label names a kind of contract or a field (`技术服务合同成交额`,
 *   `电子信息领域成交额`).
 * A sub-indicator with its own id (`其中发明专利3216件` after 专利授权量) has
 * no part: its id says it. Cues: `part_scope`, `part_heads`, `part_generic`,
 * `part_verbs`, `contract_type`.
 */
import type { Cues } from '../rules/cues.js';
import { MASK } from '../rules/mask.js';
import { isCandidate, type Figure, type Group, type Stage } from '../model/figures.js';

const DELIMITER = /[,;:、(\uE000]/;
/** A share of money (`市财政出资`, `区财政配套`, `某集团认缴`) and the sum it is a share of (`…,共同设立`, `…,以上合计`). */
const SHARE = /(?:一次性)?(?:出资|配套|认缴(?:出资)?)(?:了)?\s*$/;
const SUM_BEFORE = /(?:共同(?:出资)?(?:形成|组成|设立|发起设立|组建)(?:了)?|(?:以上|上述)(?:总计|合计|共计)共?)[^\uE000。]{0,8}$/;
/** After `来自` (cue `part_source`), the words that name where a share comes from, up to the clause's end. */
const SOURCE_WORDS = /^[^,;:、。\uE000\s]{1,8}?(?=[,;:、。]|$|同比|占)/;
const QUOTED_NAME = /[「“『]([^」”』\uE000]{2,30})[」”』]\s*$/;

/** The words of the figure's own item: back to the last delimiter, scope word or figure. */
function itemWords(f: Figure, cues: Cues): string {
  const before = f.window.before;
  let start = before.length;
  while (start > 0 && !DELIMITER.test(before.charAt(start - 1))) start--;
  let words = before.slice(start);
  const scope = words.match(cues.re.part_scope);
  if (scope?.index !== undefined) words = words.slice(scope.index + scope[0].length);
  return words;
}

const globals = new WeakMap<Cues, RegExp>();
const subjects = new WeakMap<Cues, { inItem: RegExp; opening: RegExp }>();

/** The kind of party a figure is the part of (`高校技术合同成交额` → 高校; a sentence that opens with `企业法人…`). */
function partySubject(f: Figure, item: string, cues: Cues): string | undefined {
  let re = subjects.get(cues);
  if (!re) {
    const words = cues.source.part_subject;
    re = {
      inItem: new RegExp(`(${words})(?=的?(?:输出|吸纳|卖出|买入|拥有|签订|登记)?的?(?:技术|专利|有效|发明))`, 'u'),
      opening: new RegExp(`^(?:按[^,;:\uE000]{1,12}(?:统计|看|划分|分),)?(${words})(?=[\u4e00-\u9fa5]{0,3}(?:仍|继续|共|是|为|作为|占|输出|吸纳|技术|,))`, 'u'),
    };
    subjects.set(cues, re);
  }
  return re.inItem.exec(item)?.[1] ?? (f.index === 0 || f.window.before.indexOf(MASK) < 0 ? re.opening.exec(f.window.before)?.[1] : undefined);
}

/** A contract type as its canonical name (`服务类合同`, `技术服务类合同` → 技术服务合同); a field as written. */
function typeName(t: string): string {
  const m = /^技?术?(开发|服务|转让|咨询|许可|秘密转让|秘密)类?(?:技术)?合同$/.exec(t);
  return m ? `技术${m[1]}合同` : t;
}

/** The words that name the part: the item without verbs, times, scope words and the indicator's own words. */
export function partWords(item: string, cues: Cues): string | undefined {
  let s = item.trim();
  for (let k = 0; k < 3; k++) s = s.replace(cues.re.part_heads, '').trim();
  let verbs = globals.get(cues);
  if (!verbs) globals.set(cues, (verbs = new RegExp(cues.source.part_verbs, 'gu')));
  s = s.replace(verbs, '').replace(/[\s"“”‘’]/g, '');
  for (let k = 0; k < 3; k++) s = s.replace(cues.re.part_heads, '');
  if (s === '' || s.length > 14 || cues.re.part_generic.test(s) || s.indexOf(MASK) >= 0) return undefined;
  return s;
}

/** Whether a figure of the same indicator (the total, or a share before this one) stands before figure `i`, in its sentence or the one before. */
function hasTotalBefore(figs: Figure[], i: number, group: Group): boolean {
  const id = figs[i].hit!.rule.id;
  const isTotal = (t: Figure) => t.hit?.rule.id === id && !t.dropped;
  return figs.slice(0, i).some(isTotal) || (group.previous?.figures.some(isTotal) ?? false);
}

const familyOf = (id: string) => id.slice(0, id.indexOf('.'));

/** An item that is only the indicator's words (`,成交额`, `成交金额为`): it says nothing of its own. */
function isBareLabel(item: string, cues: Cues): boolean {
  const s = item.replace(/[,;:、\s]/g, '').replace(/(?:为|达到|达|约|共|合计)$/, '');
  return s.replace(cues.re.part_heads, '').replace(/^(?:合同|技术合同)$/, '') === '';
}

export const parts: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const { cues } = doc;
  const figs = group.figures;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (!isCandidate(doc, f) || !f.hit || f.part !== undefined) continue;
    const item = itemWords(f, cues);
    // A name in quotes right before the figure (`「甲材料产业联盟」10家`) is the one it counts for.
    const quoted = QUOTED_NAME.exec(item);
    if (quoted) {
      f.part = quoted[1];
      continue;
    }
    // `其中,1.8万件来自国内,0.2万件来自国外`: the share of the total before that comes from a place or party.
    const source = cues.re.part_source.exec(f.window.after);
    if (source && hasTotalBefore(figs, i, group)) {
      const words = SOURCE_WORDS.exec(f.window.after.slice(source[0].length))?.[0];
      if (words) {
        f.part = words;
        continue;
      }
    }
    // A kind of contract or a field names the part.
    const type = cues.re.contract_type.exec(item);
    if (type) {
      f.part = typeName(type[0]);
      continue;
    }
    // `签订技术服务合同7417项,成交额71.28亿元`: the amount of the same contracts is the same part.
    const prev = i > 0 ? figs[i - 1] : undefined;
    if (prev?.part && prev.hit && familyOf(prev.hit.rule.id) === familyOf(f.hit.rule.id) && partWords(item, cues) === undefined && !cues.re.part_scope.test(item) && isBareLabel(item, cues)) {
      f.part = prev.part;
      continue;
    }
    const party = partySubject(f, item, cues);
    if (party) {
      f.part = party;
      continue;
    }
    // `省财政出资6亿元、市财政出资4亿元,共同设立10亿元的基金`: shares of the sum the sentence then states.
    if (SHARE.test(item)) {
      const sum = figs.slice(i + 1).find((t) => t.hit?.rule.id === f.hit!.rule.id && SUM_BEFORE.test(group.masked.slice(f.at + 1, t.at)));
      // (the fund named before 由 is the whole's, not the share's: `该基金主要由省财政出资`)
      const words = sum && partWords(item.replace(SHARE, '').replace(/^[^,;:、]*?由(?=[^由]{2})/, '').replace(/各$/, ''), cues);
      if (words) {
        f.part = words;
        continue;
      }
    }
    // In a 其中 scope after a total of the same indicator.
    const scopeAt = group.masked.slice(0, f.at).search(cues.re.part_scope);
    if (scopeAt < 0) continue;
    const total = figs.slice(0, i).find((t) => t.at < scopeAt && t.hit?.rule.id === f.hit!.rule.id && t.part === undefined && !t.dropped);
    if (!total) continue;
    const words = partWords(item, cues);
    if (words) f.part = words;
  }
};
