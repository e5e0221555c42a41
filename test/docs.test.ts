/**
 * What a user reads lives in the repository and stays true: the record
 * contract is the spec's copy, the indicator list is generated from the packs,
 * the output order documented is the one written, the README and --help point
 * only at files that exist here, and the rule-pack example works.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../src/output/fields.js';
import { indicatorCatalog, renderIndicatorList } from '../src/rules/catalog.js';
import { BUILTIN_PACKS, readBuiltinPack } from '../src/rules/load.js';
import { cli, tempDir } from './cli/support.js';
import { ROOT } from './helpers.js';

const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

describe('docs', () => {
  it('docs/indicators-list.md is what the packs give now (npm run docs rewrites it)', async () => {
    const packs = [];
    for (const n of BUILTIN_PACKS) packs.push(await readBuiltinPack(n));
    const fresh = renderIndicatorList(indicatorCatalog(packs));
    expect(read('docs/indicators-list.md'), 'docs/indicators-list.md is stale: run npm run docs').toBe(fresh);
    for (const f of indicatorCatalog(packs)) for (const i of f.indicators) expect(fresh).toContain(`\`${i.id}\``);
  });

  it('docs/indicators.md is the public contract, identical to the spec beside the repository', () => {
    const spec = path.join(ROOT, '..', 'shared', 'spec', 'indicators.md');
    // On a clone without ../shared there is nothing to compare with; CI has it.
    if (!existsSync(spec)) return;
    expect(read('docs/indicators.md')).toBe(readFileSync(spec, 'utf8'));
  });

  it('docs/output.md lists the fields in the order they are written', () => {
    const rows = [...read('docs/output.md').matchAll(/^\| (\d+) \| `(\w+)` \|/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(rows.map((r) => r[1])).toEqual([...FIELDS]);
    expect(rows.map((r) => r[0])).toEqual(FIELDS.map((_, i) => i + 1));
  });

  it('README and --help point to files in the repository, never to ../shared', async () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/\.\.\/shared/);
    for (const [, link] of readme.matchAll(/\]\(((?:docs|src)\/[^)#\s]+)\)/g)) expect(existsSync(path.join(ROOT, link!)), link).toBe(true);
    for (const doc of ['docs/indicators.md', 'docs/indicators-list.md', 'docs/rule-packs.md', 'docs/output.md']) expect(readme).toContain(`](${doc})`);
    const help = await cli(['--help']);
    expect(help.stdout).not.toMatch(/\.\.\/shared/);
    const files = [...help.stdout.matchAll(/^ {2}(\/\S+)/gm)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    for (const doc of ['indicators.md', 'indicators-list.md', 'rule-packs.md', 'output.md']) expect(help.stdout).toContain(`docs/${doc}`);
  });

  it('the pack in docs/rule-packs.md loads and finds its examples, not its negative', async () => {
    const yaml = /## A pack\n\n```yaml\n([\s\S]*?)```/.exec(read('docs/rule-packs.md'))![1]!;
    const pack = path.join(tempDir(), 'trademark.yaml');
    writeFileSync(pack, yaml);
    const r = await cli(['--rules', pack, '--ndjson', '--fields', 'indicator,value,year'], {
      input: '2022年全市商标申请量达到6.4万件。\n全年申请商标6.4万件。\n商标注册量6.4万件。\n',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '{"indicator":"trademark.applications","value":64000,"year":2022}\n{"indicator":"trademark.applications","value":64000,"year":2022}\n',
    );
  });

  it('the cue pack in docs/rule-packs.md does what the page says', async () => {
    const doc = read('docs/rule-packs.md');
    const yaml = /## Context cues[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const said = /```sh\necho '([^']+)'[^\n]*\n# (value,status)\n# ([^\n]+)\n```/.exec(doc)!;
    const pack = path.join(tempDir(), 'my-cues.yaml');
    writeFileSync(pack, yaml);
    const r = await cli(['--rules', pack, '--csv', '--fields', 'value,status'], { input: said[1] + '\n' });
    expect(r.stderr).toBe('');
    expect(r.stdout.replace(/\r\n/g, '\n')).toBe(`${said[2]}\n${said[3]}\n`);
    const without = await cli(['--csv', '--fields', 'value,status'], { input: said[1] + '\n' });
    expect(without.stdout).not.toBe(r.stdout);
  });
});
