/** Per-unit amounts: `每家每年给予100万元` is per [家, 年]. */
const PER = /每(?:个|一)?(亿元|万元|家|年|个|人|项|月|所|名|户|次|件|季度|单位|企业|团队)/g;

export function perUnits(clause: string): string[] | undefined {
  const out: string[] = [];
  for (const m of clause.matchAll(PER)) if (!out.includes(m[1])) out.push(m[1]);
  return out.length ? out : undefined;
}
