/**
 * One colour decision per stream, made once (see notes/ecosystem.md §3.1):
 * chalk ignores NO_COLOR and cli-table3 writes ANSI codes into pipes, so the
 * CLI decides here and hands an explicit Chalk instance to the formatters.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Whether to colour a stream, in this order:
 * 1. `--color` / `--no-color` (`flag` true / false);
 * 2. a non-empty `NO_COLOR` → off (no-color.org);
 * 3. `FORCE_COLOR`: `0` or `false` → off, anything else (even empty) → on;
 * 4. `TERM=dumb` → off;
 * 5. otherwise the stream is a terminal (and, when known, `hasColors()` agrees).
 */
export function decideColor(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
  hasColors?: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const noColor = env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const f = force.trim().toLowerCase();
    return !(f === '0' || f === 'false');
  }
  if (env.TERM === 'dumb') return false;
  if (!isTTY) return false;
  return hasColors ?? true;
}

/**
 * The chalk level for a positive decision: FORCE_COLOR=2/3, COLORTERM=truecolor
 * and 256-colour TERMs raise it; a negative decision is always 0.
 */
export function colorLevel(enabled: boolean, env: Record<string, string | undefined> = {}): ColorLevel {
  if (!enabled) return 0;
  const force = env.FORCE_COLOR?.trim();
  if (force === '2') return 2;
  if (force === '3') return 3;
  const colorterm = env.COLORTERM?.toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (env.TERM !== undefined && /-256(color)?$/i.test(env.TERM)) return 2;
  return 1;
}

/** A Chalk instance that colours exactly when `enabled` (never reads the environment itself). */
export function makeChalk(enabled: boolean, env: Record<string, string | undefined> = {}): ChalkInstance {
  return new Chalk({ level: colorLevel(enabled, env) });
}
