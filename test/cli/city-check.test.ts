/**
 * fixtures/city/*.expected.yaml through `extract check` (the built CLI): the
 * intended truth for each document, parts, phases, regions and 去年底 included.
 */
import { describe, expect, it } from 'vitest';
import { SLOW, cli } from './support.js';

const READY = ['01_reply_2020', '02_bulletin_2020', '03_news_2021', '04_reply_2022', '05_bulletin_2021', '06_plan_2023', '07_news_2024', '08_reply_2025'];

const check = (name: string) => cli(['check', `fixtures/city/${name}.expected.yaml`]);

describe('fixtures/city expectations (extract check)', () => {
  for (const name of READY) {
    it(`${name}: every figure found`, async () => {
      const run = await check(name);
      expect(run.stdout + run.stderr).toMatch(/\d+ passed, 0 failed/);
      expect(run.code).toBe(0);
    }, SLOW);
  }
  it('the expectation files themselves are valid (no configuration error)', async () => {
    const runs = await Promise.all(READY.map(check));
    for (const r of runs) expect(r.code).not.toBe(2);
  }, SLOW);
});
