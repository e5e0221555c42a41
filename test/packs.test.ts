/**
 * Every rule pack's own examples and negatives become test cases: an example
 * must give exactly one record of its rule's indicator with the example's
 * value (other figures of the sentence may be there too) (and year, qualifier, status, growth where given); a negative must give
 * no record of that indicator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RulePack } from '../src/rules/schema.js';
import { validatePack } from '../src/rules/schema.js';
import { requiredWord } from '../src/rules/compile.js';
import { ROOT, run } from './helpers.js';

const dir = path.join(ROOT, 'src/rules/packs');
const packs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && f !== 'context.yaml' && f !== 'places.yaml')
  .map((f) => ({ file: f, pack: parse(readFileSync(path.join(dir, f), 'utf8')) as RulePack }));

describe.each(packs)('pack $file', ({ file, pack }) => {
  it('is valid', () => {
    expect(validatePack(pack, file)).toEqual([]);
  });
  for (const rule of pack.rules) {
    for (const ex of rule.examples ?? []) {
      it(`${rule.id}: ${ex.text}`, () => {
        const value = typeof ex.value === 'number' ? ex.value : Number(ex.value);
        const all = run(ex.text);
        const found = all.filter((r) => r.indicator === rule.id && r.value === value);
        expect(found.length, `one ${rule.id} = ${value} among ${JSON.stringify(all.map((r) => [r.indicator, r.value]))}`).toBe(1);
        const r = found[0];
        if (ex.year !== undefined) expect(r.year).toBe(ex.year);
        if (ex.qualifier !== undefined) expect(r.qualifier).toBe(ex.qualifier);
        if (ex.status !== undefined) expect(r.status).toBe(ex.status);
        if (ex.unit !== undefined) expect(r.unit).toBe(ex.unit);
        if (ex.valueMax !== undefined) expect(r.valueMax).toBe(ex.valueMax);
        if (ex.growth !== undefined) expect(r.growth?.percent).toBe(ex.growth);
      });
    }
    for (const neg of rule.negatives ?? []) {
      it(`${rule.id} never in: ${neg}`, () => {
        expect(run(neg).filter((r) => r.indicator === rule.id)).toEqual([]);
      });
    }
  }
});

describe('pack validation names the rule and field', () => {
  it('reports unknown fields, bad ids and units', () => {
    const errors = validatePack(
      { family: 'patent', rules: [{ id: 'patent.x', label: 'x', unit: 'kg', match: [{ befor: 'a' }], extra: 1 }] },
      'my.yaml',
    );
    expect(errors.join('\n')).toMatch(/my\.yaml: rules\[0\] \(patent\.x\): unknown field "extra"/);
    expect(errors.join('\n')).toMatch(/unit must be one of/);
    expect(errors.join('\n')).toMatch(/match\[0\]: unknown field "befor"/);
  });
});

describe('requiredWord: the word a pattern cannot match without', () => {
  it.each([
    ['技术合同{g}(?:成交|交易){g}(?:额|金额)', '技术合同'],
    ['(?:授权|获(?:得)?授权){g}{items}发明专利{g}', '发明专利'],
    ['有效(?:的)?发明专利{g}', '发明专利'],
    ['(?<!种)子基金{g}', '子基金'],
    ['(?:^|[^社投])资金(?!额){g}', '资金'],
    ['输出|吸纳', undefined],
    ['每(?:家|个)[^\\uE000,;。]{0,8}', undefined],
    ['专利?申请', '申请'],
  ])('%s → %s', (src, word) => {
    expect(requiredWord(src)).toBe(word);
  });
});
