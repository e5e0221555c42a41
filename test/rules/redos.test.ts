/**
 * The ReDoS check of rule patterns: what recheck is given for each field, the
 * policy (exponential refused everywhere, polynomial of degree ≥ 3 only where a
 * pattern reads whole sentences), and the real checker on known-bad patterns,
 * among them the old {items} placeholder that made built-in rules backtrack
 * exponentially on long 、-lists.
 */
import { describe, expect, it } from 'vitest';
import { checkPatterns, objectStore, probeSources, refusal, patternKey, type PackPattern } from '../../src/rules/redos.js';
import { relaxBounds, withoutLookarounds } from '../../src/rules/regex-shape.js';
import { expand } from '../../src/rules/compile.js';

function pattern(field: PackPattern['field'], p: string): PackPattern {
  return {
    place: `my.yaml:9: my.rule.match[0].${field}`,
    field,
    pattern: p,
    probes: probeSources(field, p).map((source) => ({ source, key: patternKey(field, source) })),
  };
}

describe('what the checker is given', () => {
  it('anchors before and after the way the extractor runs them, bounds relaxed', () => {
    expect(probeSources('before', '商标{g}申请')).toEqual([`(?:商标${relaxBounds(expand('{g}', ''))}申请)$`]);
    expect(probeSources('before', '商标{g}申请')[0]).toContain('{0,}?');
    expect(probeSources('after', '件(?:专利)?')).toEqual(['^(?:件(?:专利)?)']);
  });
  it('checks whole-sentence patterns as written', () => {
    expect(probeSources('context', '技术[^。]{0,30}合同')).toEqual(['技术[^。]{0,30}合同']);
  });
  it('takes lookarounds out and checks their bodies on their own', () => {
    expect(withoutLookarounds('(?<!种)子基金(?!额)')).toEqual({
      rest: '子基金',
      lookarounds: [
        { dir: 'behind', body: '种' },
        { dir: 'ahead', body: '额' },
      ],
    });
    expect(probeSources('before', '(?<!(?:[(]a+)+)子基金')).toEqual(['(?:子基金)$', '(?:(?:[(]a+)+)$']);
  });
  it('leaves classes and escapes alone', () => {
    expect(relaxBounds('[{0,9}]\\{0,9}a{0,9}b{2,3}')).toBe('[{0,9}]\\{0,9}a{0,}b{2,3}');
    expect(withoutLookarounds('[(?=]\\(?=x').rest).toBe('[(?=]\\(?=x');
  });
});

describe('policy', () => {
  it('refuses exponential backtracking anywhere', () => {
    expect(refusal('before', { verdict: 'exponential' })).toMatch(/exponential/);
    expect(refusal('not', { verdict: 'exponential' })).toMatch(/exponential/);
  });
  it('refuses polynomial backtracking of degree 3 or more only in whole-sentence patterns', () => {
    expect(refusal('before', { verdict: 'polynomial5' })).toBeNull();
    expect(refusal('within', { verdict: 'polynomial2' })).toBeNull();
    expect(refusal('within', { verdict: 'polynomial3' })).toMatch(/degree 3/);
    expect(refusal('context', { verdict: 'safe' })).toBeNull();
    expect(refusal('context', { verdict: 'unknown' })).toBeNull();
  });
});

describe('recheck on real patterns', () => {
  it('refuses nested repetition, naming the pack line, rule and the pattern as written', async () => {
    const p = pattern('before', '(?:技+)+术X');
    const { refused } = await checkPatterns([p], []);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^my\.yaml:9: my\.rule\.match\[0\]\.before: unsafe pattern "\(\?:技\+\)\+术X": exponential backtracking on text like "技+/);
  });
  it('refuses the old {items} (a 、 that either item could take)', async () => {
    const STOP = '\\uE000,;。!?\\n|';
    const oldItems = `(?:[^${STOP}]{0,12}?\\uE000[、和及与]?)*`;
    const p = pattern('before', `(?:申请|提交){g}${oldItems}PCT{g}专利{g}`);
    expect((await checkPatterns([p], [])).refused).toHaveLength(1);
    const now = pattern('before', '(?:申请|提交){g}{items}PCT{g}专利{g}');
    expect((await checkPatterns([now], [])).refused).toEqual([]);
  });
  it('refuses cubic backtracking in a context pattern, accepts it in a before pattern', async () => {
    const ctx = await checkPatterns([pattern('context', '[^,]*[^,]*[^,]*X')], []);
    expect(ctx.refused[0]).toMatch(/polynomial backtracking \(degree \d\) in a pattern that reads whole sentences/);
    expect((await checkPatterns([pattern('before', '[^,]*[^,]*[^,]*X')], [])).refused).toEqual([]);
  });
  it('stores verdicts and reads them back instead of checking again', async () => {
    const data = {};
    const store = objectStore(data);
    const p = pattern('before', '(?:a|a)*b');
    await checkPatterns([p], [store], store);
    expect(Object.values(data)).toEqual([expect.objectContaining({ verdict: 'exponential' })]);
    // A stored verdict wins: here a (false) "safe" proves the checker was not asked again.
    const fake = objectStore({ [p.probes[0].key]: { verdict: 'safe' } });
    expect((await checkPatterns([p], [fake])).refused).toEqual([]);
  });
});

describe('the built-in packs', () => {
  it('load without a warning: every pattern was checked (a pattern the checker cannot read warns on every run)', async () => {
    const { loadRuleSet } = await import('../../src/rules/load.js');
    const rules = await loadRuleSet();
    expect(rules.warnings).toEqual([]);
  });
});
