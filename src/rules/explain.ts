/**
 * The `rule` field of a record under `--explain`: which rule matched, where it
 * stands in its pack and the pattern that fired, as the pack states it:
 *   tech_contract.value (tech_contract.yaml:12, before: "技术合同{g}(?:成交|交易){g}(?:额|金额)")
 */
import type { Classified } from './classify.js';

export function explainHit(hit: Classified, where?: string): string {
  const { rule } = hit;
  const m = rule.match[hit.match];
  const parts: string[] = [];
  if (m) {
    const line = m.spec.before !== undefined ? (m.lines.before ?? m.lines.line) : (m.lines.after ?? m.lines.line);
    parts.push(line ? `${rule.pack}:${line}` : rule.pack);
    for (const f of ['before', 'after', 'context', 'within'] as const) {
      if (m.spec[f] !== undefined) parts.push(`${f}: ${JSON.stringify(m.spec[f])}`);
    }
  } else parts.push(rule.line ? `${rule.pack}:${rule.line}` : rule.pack);
  if (where) parts.push(where);
  return `${rule.id} (${parts.join(', ')})`;
}
