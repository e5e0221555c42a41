/**
 * The subject words a figure counts, for figures no rule classifies
 * (`indicator: "other"`): `全市高新技术企业总量达到1836家` → `高新技术企业`.
 */
const TRAILING =
  /(?:总数|总量|数量|总额|规模|累计|合计|共计|总计|分别|已经|已|共|计|约|近|达到|达|为|是|有|超过|突破|实现|增加到|增至|增长到|提高到|新增|拥有|获得|认定|组建|培育|引进|支持|立项|完成|形成|集聚|建成|建设|开展|累计达|提供|\s)+$/;

export function subjectWords(clause: string, after: string): string {
  let s = clause;
  const cut = Math.max(s.lastIndexOf('\uE000'), s.lastIndexOf('、'), s.lastIndexOf('('));
  if (cut >= 0) s = s.slice(cut + 1);
  s = s.replace(TRAILING, '');
  s = s.replace(/^.*(?:的|了|在|对|于|与|和|及|其中|全市|全省|全区|我市|我省|各类|各级)/, '');
  if (s.length > 12) s = s.slice(-12);
  if (!s) {
    const m = /^(?:的)?([^\uE000,;。、()的]{1,12})/.exec(after);
    if (m) s = m[1];
  }
  return s.trim();
}
