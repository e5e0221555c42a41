/**
 * Keys of a YAML mapping as the expectations reader looks them up: a key's
 * name, the pair with a given key, and where a key starts in the file.
 */
import { isScalar, type Node, type Pair, type YAMLMap } from 'yaml';

export function keyName(pair: Pair): string {
  const k = pair.key as Node | null;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyName(p) === key);
}

export function keyStart(pair: Pair, fallback: number): number {
  const k = pair.key as Node | null;
  return k?.range?.[0] ?? fallback;
}
