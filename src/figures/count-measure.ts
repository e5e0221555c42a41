/** The measure a count column or row implies (`合同数` → 项, `授权量` → 件), or null. */
export function countMeasure(label: string): string | null {
  if (/(?:合同|项目)(?:数|数量|份数)?$|项数$|登记数$/.test(label)) return '项';
  if (/件数$|专利(?:数|数量)$|(?:申请|授权|拥有|受理)量$/.test(label)) return '件';
  if (/(?:家数|企业数|单位数|联盟数|机构数)$/.test(label)) return '家';
  if (/(?:支数|基金数)$/.test(label)) return '支';
  return null;
}
