/**
 * `extract completion bash|zsh` and `extract indicators`, through the BUILT
 * program: the scripts are loaded by real shells and complete real words.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SLOW, cli, tempDir, type Run } from './support.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('extract completion', () => {
  let bash: Run;
  let zsh: Run;
  let bad: Run;
  let dir: string;
  beforeAll(async () => {
    [bash, zsh, bad] = await Promise.all([cli(['completion', 'bash']), cli(['completion', 'zsh']), cli(['completion', 'fish'])]);
    dir = tempDir('extract-completion-');
    writeFileSync(path.join(dir, 'extract.bash'), bash.stdout);
    writeFileSync(path.join(dir, '_extract'), zsh.stdout);
  }, SLOW);

  it('an unknown shell: exit 2, pointing to the completion help', () => {
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('extract: unknown shell "fish" (bash or zsh)\n(run extract completion --help for usage)\n');
  });

  it('bash: sourcing the script registers the completion, and it completes options, values, commands and ids', () => {
    expect(bash.code).toBe(0);
    const probe = (words: string[]) => `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _extract; echo "\${COMPREPLY[*]}"`;
    const script = [
      `source ${JSON.stringify(path.join(dir, 'extract.bash'))}`,
      'complete -p extract',
      probe(['extract', '--for']),
      probe(['extract', '--format', '']),
      probe(['extract', 'chec']),
      probe(['extract', 'check', '--rep']),
      probe(['extract', 'check', '--reporter', '']),
      probe(['extract', '-i', 'fund.l']),
      probe(['extract', '--color', '=', '']),
      probe(['extract', 'completion', '']),
      probe(['extract', 'seeds/', '--ts']),
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'complete -o bashdefault -o filenames -F _extract extract',
      '--format',
      'table json ndjson csv tsv',
      'check',
      '--reporter',
      'text junit json',
      'fund.leverage_ratio fund.leveraged',
      'auto always never',
      'bash zsh',
      '--tsv',
      '',
    ]);
  });

  it.skipIf(!has('zsh'))('zsh: the script loads under compinit and completes in an interactive shell', () => {
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef extract\n')).toBe(true);
    expect(spawnSync('zsh', ['-n', path.join(dir, '_extract')]).status).toBe(0);
    const lines = ['extract --form', 'extract --format nd', 'extract chec', 'extract check --rep', 'extract check --reporter ju', 'extract completion z', 'extract -i tech_contract.tr', 'extract help ind', 'extract seeds/000_7c6'];
    const r = spawnSync('zsh', ['-f', path.join(ROOT, 'test/cli/zsh-complete.zsh'), path.join(dir, '_extract'), ...lines], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout.trim().split('\n')).toEqual([
      'RESULT1:extract --format',
      'RESULT2:extract --format ndjson',
      'RESULT3:extract check',
      'RESULT4:extract check --reporter',
      'RESULT5:extract check --reporter junit',
      'RESULT6:extract completion zsh',
      'RESULT7:extract -i tech_contract.transaction_value',
      'RESULT8:extract help indicators',
      'RESULT9:extract seeds/000_7c649211ab158f35.txt',
    ]);
  });
});

describe('extract indicators', () => {
  let text: Run;
  let json: Run;
  beforeAll(async () => {
    [text, json] = await Promise.all([cli(['indicators']), cli(['indicators', '--json'])]);
  }, SLOW);

  it('grouped by family (sorted), ids sorted within, each with unit and label', () => {
    expect(text.code).toBe(0);
    const blocks = text.stdout.trimEnd().split('\n\n');
    const families = blocks.map((b) => b.split('\n')[0]!.split(/\s+/)[0]);
    expect(families).toEqual(['alliance', 'fund', 'patent', 'tech_contract']);
    for (const b of blocks) {
      const [head, ...rows] = b.split('\n');
      const ids = rows.map((r) => r.trim().split(/\s+/)[0]!);
      expect(ids).toEqual([...ids].sort());
      for (const id of ids) expect(id.startsWith(`${head!.split(/\s+/)[0]}.`)).toBe(true);
      for (const r of rows) expect(r).toMatch(/^ {2}[a-z_]+\.[a-z0-9_]+ +(money|count|percent|ratio) +\S/);
    }
    expect(text.stdout).toMatch(/^ {2}tech_contract\.value +money +技术合同成交额$/m);
  });

  it('--json: the same ids in the same order, with family, label and unit', () => {
    const rows = JSON.parse(json.stdout) as { id: string; family: string; label: string; unit: string }[];
    const fromText = text.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]);
    expect(rows.map((r) => r.id)).toEqual(fromText);
    expect(rows.find((r) => r.id === 'patent.grants')).toEqual({ id: 'patent.grants', family: 'patent', label: '专利授权量', unit: 'count' });
  });
});
