import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import type { IndicatorRecord } from '../../src/record/types.js';
import { rec as baseRec } from '../output/fixtures.js';

/** The built-in ids of spec/indicators.md. */
export const KNOWN = new Set([
  'tech_contract.value',
  'tech_contract.count',
  'tech_contract.transaction_value',
  'tech_contract.outflow_value',
  'tech_contract.inflow_value',
  'alliance.count',
  'alliance.members',
  'patent.applications',
  'patent.grants',
  'patent.invention_applications',
  'patent.invention_grants',
  'patent.pct_applications',
  'patent.pct_grants',
  'patent.valid',
  'patent.valid_invention',
  'patent.per_10k_people',
  'patent.high_value_per_10k_people',
  'patent.pledge_financing',
  'patent.cases',
  'fund.size',
  'fund.invested',
  'fund.leveraged',
  'fund.leverage_ratio',
  'fund.subfunds',
  'fund.projects',
  'fund.fiscal',
]);

/** A record with check-test defaults (file `x.txt`, line 20), built on the output tests' factory. */
export function rec(over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return baseRec({ file: 'x.txt', line: 20, sentence: '', docTitle: '广州市科学技术局关于某某的函', ...over });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'extract-check-'));
}

export interface FakeIO extends CliIO {
  stdout: string;
  stderr: string;
}

export function fakeIO(cwd: string, over: Partial<CliIO> = {}): FakeIO {
  const io: FakeIO = {
    stdout: '',
    stderr: '',
    out(chunk: string) {
      io.stdout += chunk;
    },
    err(chunk: string) {
      io.stderr += chunk;
    },
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
    readStdin: async () => new Uint8Array(),
    ...over,
  };
  return io;
}
