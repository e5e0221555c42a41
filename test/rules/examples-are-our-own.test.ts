/**
 * Pack examples and negatives are the team's own sentences that state a
 * general pattern: none may be copied from a document the extractor is
 * evaluated on (the texts under fixtures/, and the real-document passages when their
 * folder is given in REAL_TEXTS), or those evaluations stop measuring anything.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RulePack } from '../../src/rules/schema.js';
import { normalizeForMatching } from '../../src/text/normalize.js';
import { ROOT } from '../helpers.js';

const packDir = path.join(ROOT, 'src/rules/packs');
const sentences: { pack: string; text: string }[] = [];
for (const f of readdirSync(packDir).filter((f) => f.endsWith('.yaml'))) {
  const pack = parse(readFileSync(path.join(packDir, f), 'utf8')) as RulePack;
  for (const rule of pack.rules ?? []) {
    for (const ex of rule.examples ?? []) sentences.push({ pack: f, text: ex.text });
    for (const neg of rule.negatives ?? []) sentences.push({ pack: f, text: neg });
  }
}

/** Every evaluation text: the held-out fixture sets (the seeds are not evaluation documents). */
function evaluationTexts(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|html?)$/.test(name)) out.push({ file: path.relative(ROOT, p), text: normalizeForMatching(readFileSync(p, 'utf8')) });
    }
  };
  for (const set of ['blind', 'holdout', 'unseen', 'city']) if (existsSync(path.join(ROOT, 'fixtures', set))) walk(path.join(ROOT, 'fixtures', set));
  const real = process.env.REAL_TEXTS;
  if (real && existsSync(real)) walk(real);
  return out;
}

/** The sentence without its final punctuation and spaces, normalised. */
const core = (s: string) => normalizeForMatching(s).replace(/\s+/g, '').replace(/[。!?;,]+$/, '');

describe('pack examples are the team’s own sentences', () => {
  const texts = evaluationTexts().map((t) => ({ ...t, flat: t.text.replace(/\s+/g, '') }));
  it('there are examples and evaluation texts to compare', () => {
    expect(sentences.length).toBeGreaterThan(100);
    expect(texts.length).toBeGreaterThan(40);
  });
  for (const { pack, text } of sentences) {
    it(`${pack}: ${text}`, () => {
      const c = core(text);
      const found = c.length >= 8 ? texts.find((t) => t.flat.includes(c)) : undefined;
      expect(found?.file, `copied from ${found?.file}`).toBeUndefined();
    });
  }
});

/**
 * Real third-party texts are not ours to quote anywhere: with REAL_TEXTS set,
 * no run of 12 or more characters (with at least six Chinese ones) of a pack
 * or a source file under src/ occurs in one of them, unless it is the spec's
 * own wording (docs/indicators.md: indicator names, its examples).
 */
describe('no fragment of a real text in the packs or the source', () => {
  const real = process.env.REAL_TEXTS;
  const texts = real && existsSync(real) ? evaluationTexts().filter((t) => !t.file.startsWith('fixtures')).map((t) => t.text.replace(/\s+/g, '')) : [];
  it.skipIf(texts.length === 0)('holds for every pack and source file', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|yaml)$/.test(name)) files.push(p);
      }
    };
    walk(path.join(ROOT, 'src'));
    const spec = normalizeForMatching(readFileSync(path.join(ROOT, 'docs/indicators.md'), 'utf8')).replace(/\s+/g, '');
    const quoted: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const m of normalizeForMatching(line).matchAll(/[\u4e00-\u9fa5\d.,、%:()]{12,}/g)) {
          const run = m[0];
          if ((run.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 6 && !spec.includes(run) && texts.some((t) => t.includes(run))) quoted.push(`${path.relative(ROOT, f)}:${i + 1}: ${run}`);
        }
      });
    }
    expect(quoted).toEqual([]);
  });
});
