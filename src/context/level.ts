/**
 * Figures that are not levels of their subject, and qualifiers said around a
 * figure rather than inside its span.
 */
import type { Quantity, Qualifier } from '../types.js';

/**
 * A threshold that picks out a group: `成交额超过1亿元的技术转移服务机构`,
 * `在5000万元以上的服务机构`. The figure describes the group, it is not a level.
 */
export function isThreshold(q: Quantity, clause: string, after: string): boolean {
  // `…的技术转移服务机构` picks a group; `最高300万元的项目资助` is money given.
  if (!/^(?:以上|以下)?的[^,;。\uE000]{0,12}?(?:机构|企业|单位|项目|平台|公司|合同|团队|高校|院所|主体|城市|省|市|区|县|地区)(?!资助|补助|奖励|补贴|经费|资金|支持|奖补)/.test(after)) return false;
  return q.qualifier === 'over' || q.qualifier === 'under' || /[在达]\s*$/.test(clause);
}

/** `上限为150万港元`, `最高可达5000万元`: a cap stated before an exact figure. */
export function contextQualifier(q: Quantity, clause: string): Qualifier {
  if (q.qualifier !== 'exact') return q.qualifier;
  if (/(?:上限|最高|最多|封顶|不超过|不高于)(?:为|是|可达|可|达|给予|补助|资助|奖励|支持)?\s*$/.test(clause)) return 'under';
  if (/(?:下限|至少|不少于|不低于)(?:为|是|达)?\s*$/.test(clause)) return 'over';
  return q.qualifier;
}

/**
 * A clause with no subject of its own continues the previous one
 * (`技术合同成交额年均增长22%以上,五年累计超过4,000亿元`).
 */
const SUBJECTLESS =
  /^(?:\s|其中|分别|累计|合计|共计|总计|共|计|全年|当年|年均|同比|达到|达|为|是|实现|超过|突破|约|近|逾|已|已经|再|又|增至|增加到|提高到|首次|总量|总额|规模|全市|全省|全区|全县|全国|我市|我省|本市|本省|[一二三四五六七八九十两\d]+年(?:来|间)?|近[一二三四五六七八九十\d]+年)*$/;

export function isSubjectless(segment: string): boolean {
  return SUBJECTLESS.test(segment);
}
