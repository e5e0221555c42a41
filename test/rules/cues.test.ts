/**
 * The context cues (src/rules/packs/context.yaml): every cue's examples match
 * it and its negatives do not; user packs add words to a cue; a bad cue is an
 * error that names it.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CUE_NAMES, compileCues, exampleText, validateContextPack, type ContextPack } from '../../src/rules/cues.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { extractWith } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

const pack = parse(readFileSync(path.join(ROOT, 'src/rules/packs/context.yaml'), 'utf8')) as ContextPack;
const cues = compileCues(pack);

describe('context.yaml', () => {
  it('is valid and defines every cue', () => {
    expect(validateContextPack(pack, 'context.yaml', false)).toEqual([]);
    expect(Object.keys(pack.cues).sort()).toEqual([...CUE_NAMES].sort());
  });
  for (const name of CUE_NAMES) {
    const def = pack.cues[name]!;
    it(`${name} has examples`, () => expect(def.examples?.length ?? 0).toBeGreaterThan(0));
    for (const ex of def.examples ?? []) it(`${name} matches ${JSON.stringify(ex)}`, () => expect(cues.re[name].test(exampleText(ex))).toBe(true));
    for (const neg of def.negatives ?? []) it(`${name} does not match ${JSON.stringify(neg)}`, () => expect(cues.re[name].test(exampleText(neg))).toBe(false));
  }
});

describe('user cue words', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cues-'));
  it('add to a built-in cue (a new goal word makes a figure a target)', async () => {
    const file = path.join(dir, 'goal.yaml');
    writeFileSync(file, 'cues:\n  target:\n    words: [谋划]\n');
    const text = '全市谋划技术合同成交额达到500亿元。';
    const plain = extractWith(await loadRuleSet(), text).find((r) => r.indicator === 'tech_contract.value');
    const extended = extractWith(await loadRuleSet([file]), text).find((r) => r.indicator === 'tech_contract.value');
    expect(plain?.status).toBe('actual');
    expect(extended?.status).toBe('target');
  });
  it('name an unknown cue in the error', async () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'cues:\n  targte:\n    words: [谋划]\n');
    await expect(loadRuleSet([file])).rejects.toThrow(/bad\.yaml: cues\.targte: unknown cue/);
  });
  it('report a pattern that does not compile with the cue and the pattern', async () => {
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'cues:\n  change:\n    words: ["比(上年"]\n');
    await expect(loadRuleSet([file])).rejects.toThrow(/broken\.yaml: cues\.change: bad pattern "比\(上年"/);
  });
});
