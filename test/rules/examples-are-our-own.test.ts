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
