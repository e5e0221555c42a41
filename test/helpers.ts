/**
 * Test helpers: run the library on a sentence, and run the BUILT CLI the way a
 * user does (node bin/extract.js …), capturing stdout, stderr and the exit code.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { extractWith } from '../src/pipeline.js';
import { loadRuleSet } from '../src/rules/load.js';
import type { ExtractOptions, IndicatorRecord } from '../src/record/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'extract.js');

const rules = await loadRuleSet();

/** Records of one text with the built-in rules. */
export function run(text: string, options: ExtractOptions = {}): IndicatorRecord[] {
  return extractWith(rules, text, options);
}

/** Records of one text that carry a built-in indicator id. */
export function indicators(text: string): IndicatorRecord[] {
  return run(text).filter((r) => r.indicator !== 'other');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would. */
export function runCli(args: string[], opts: SpawnSyncOptions & { input?: string | Buffer } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}
