/**
 * Habits that ripgrep, jq and csvkit users bring, through the BUILT program:
 * stdin when nothing else is given, `-o -`, lists of file names piped by
 * mistake, `--color[=WHEN]`, options that would do nothing, `extract help`,
 * one error prefix, and tiny GBK files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, SLOW, STACK_FRAME, cli, parseNdjson, plainEnv, tempDir, type Run } from './support.js';

const SEED0 = 'seeds/000_7c649211ab158f35.txt';
const seedBytes = () => import('node:fs').then((fs) => fs.readFileSync(SEED0));

/** Every stderr line is `extract: …` or a `(run extract … --help for usage)` hint. */
function expectPrefixed(r: Run): void {
  expect(r.stderr).not.toMatch(STACK_FRAME);
  for (const line of r.stderr.split('\n').filter(Boolean)) expect(line, r.stderr).toMatch(/^(extract: |\(run extract( \w+)? --help for usage\)$)/);
}

describe('input from stdin', () => {
  let R: Record<'piped' | 'byPath' | 'devnull' | 'dash' | 'lines' | 'nul' | 'filesFromNul' | 'filesFromNul0', Run>;
  beforeAll(async () => {
    const bytes = await seedBytes();
    const list = 'seeds/000_7c649211ab158f35.txt\nseeds/001_4dcee001af0c1ee8.txt\n';
    const nul = list.replace(/\n/g, '\0');
    const [piped, byPath, devnull, dash, lines, nulRun, filesFromNul, filesFromNul0] = await Promise.all([
      cli(['--ndjson'], { input: bytes }),
      cli([SEED0, '--ndjson']),
      cli(['--ndjson'], { stdin: 'ignore' }),
      cli(['-', '--ndjson'], { input: bytes }),
      cli(['--ndjson'], { input: list }),
      cli(['--ndjson'], { input: nul }),
      cli(['--files-from', '-', '--ndjson'], { input: nul }),
      cli(['--files-from', '-', '-0', '--ndjson'], { input: nul }),
    ]);
    R = { piped, byPath, devnull, dash, lines, nul: nulRun, filesFromNul, filesFromNul0 };
  }, SLOW);

  it('`cat f | extract` reads the document from stdin (file "-"), like `extract f`', () => {
    expect(R.piped.code).toBe(0);
    const piped = parseNdjson(R.piped.stdout);
    const byPath = parseNdjson(R.byPath.stdout);
    expect(piped.length).toBeGreaterThan(5);
    expect(piped.map((r) => r.file)).toEqual(piped.map(() => '-'));
    expect(piped.map(({ file: _, ...r }) => r)).toEqual(byPath.map(({ file: _, ...r }) => r));
    expect(R.dash.stdout).toBe(R.piped.stdout);
  });

  it('no path and nothing piped (stdin is /dev/null): exit 2 and how to give input', () => {
    expect(R.devnull.code).toBe(2);
    expect(R.devnull.stdout).toBe('');
    expect(R.devnull.stderr).toMatch(/^extract: no input: give files or directories, pipe a document into stdin, or use --files-from LIST$/m);
    expectPrefixed(R.devnull);
  });

  it('a list of file names piped as the document: exit 2, pointing to --files-from -', () => {
    expect(R.lines.code).toBe(2);
    expect(R.lines.stdout).toBe('');
    expect(R.lines.stderr).toMatch(/^extract: stdin is a list of file names, not a document: use --files-from -/m);
    expectPrefixed(R.lines);
  });

  it('NUL-separated names without -0: a clear message, exit 2; with -0 they are read', () => {
    expect(R.nul.code).toBe(2);
    expect(R.nul.stderr).toMatch(/^extract: stdin is a NUL-separated list of file names \(find -print0\), not a document: use --files-from - -0$/m);
    expect(R.filesFromNul.code).toBe(2);
    expect(R.filesFromNul.stdout).toBe('');
    expect(R.filesFromNul.stderr).toMatch(/^extract: -: the list of files is NUL-separated \(find -print0\): add -0$/m);
    expectPrefixed(R.nul);
    expectPrefixed(R.filesFromNul);
    expect(R.filesFromNul0.code).toBe(0);
    expect(new Set(parseNdjson(R.filesFromNul0.stdout).map((r) => r.file))).toEqual(
      new Set(['seeds/000_7c649211ab158f35.txt', 'seeds/001_4dcee001af0c1ee8.txt']),
    );
  });
});

describe('output and colour', () => {
  let R: Record<string, Run>;
  beforeAll(async () => {
    const runs: Record<string, Parameters<typeof cli>> = {
      plainCsv: [[SEED0, '--csv']],
      dashCsv: [[SEED0, '--csv', '-o', '-']],
      pipe: [[SEED0]],
      bare: [['--color', SEED0]],
      always: [[SEED0, '--color=always']],
      neverForced: [[SEED0, '--color=never'], { env: plainEnv({ FORCE_COLOR: '1' }) }],
      noColorForced: [[SEED0, '--no-color'], { env: plainEnv({ FORCE_COLOR: '1' }) }],
      autoForced: [[SEED0, '--color=auto'], { env: plainEnv({ FORCE_COLOR: '1' }) }],
      envNoColor: [[SEED0, '--color=auto'], { env: plainEnv({ NO_COLOR: '1', FORCE_COLOR: '1' }) }],
      bad: [[SEED0, '--color=sometimes']],
    };
    const keys = Object.keys(runs);
    const done = await Promise.all(keys.map((k) => cli(...runs[k]!)));
    R = Object.fromEntries(keys.map((k, i) => [k, done[i]!]));
  }, SLOW);

  it('-o - writes to stdout', () => {
    expect(R.dashCsv.code).toBe(0);
    expect(R.dashCsv.stdout.length).toBeGreaterThan(100);
    expect(R.dashCsv.stdout).toBe(R.plainCsv.stdout);
  });

  it('--color (even right before a path) and --color=always colour a pipe; never, --no-color and NO_COLOR win over FORCE_COLOR', () => {
    expect(R.pipe.stdout).not.toMatch(ANSI);
    expect(R.bare.code).toBe(0);
    expect(R.bare.stdout).toMatch(ANSI);
    expect(R.always.stdout).toMatch(ANSI);
    expect(R.autoForced.stdout).toMatch(ANSI);
    for (const k of ['neverForced', 'noColorForced', 'envNoColor']) {
      expect(R[k]!.code, k).toBe(0);
      expect(R[k]!.stdout, k).not.toMatch(ANSI);
      expect(R[k]!.stdout, k).toContain('tech_contract.value');
    }
  });

  it('a table written with -o FILE is coloured only with --color, not by FORCE_COLOR', async () => {
    const dir = tempDir();
    const [forced, asked] = await Promise.all([
      cli([SEED0, '-o', path.join(dir, 'forced.txt')], { env: plainEnv({ FORCE_COLOR: '1' }) }),
      cli([SEED0, '--color', '-o', path.join(dir, 'asked.txt')]),
    ]);
    expect([forced.code, asked.code, forced.stdout, asked.stdout]).toEqual([0, 0, '', '']);
    const fs = await import('node:fs');
    expect(fs.readFileSync(path.join(dir, 'forced.txt'), 'utf8')).not.toMatch(ANSI);
    expect(fs.readFileSync(path.join(dir, 'asked.txt'), 'utf8')).toMatch(ANSI);
  }, SLOW);

  it('--color=sometimes: exit 2, names the choices', () => {
    expect(R.bad.code).toBe(2);
    expect(R.bad.stderr).toMatch(/^extract: .*'sometimes' is invalid\. Allowed choices are auto, always, never\./m);
    expectPrefixed(R.bad);
  });
});

describe('options that would do nothing are refused', () => {
  const cases: [string[], RegExp][] = [
    [[SEED0, '--bom'], /^extract: --bom goes with --format csv/m],
    [[SEED0, '--json', '--bom'], /^extract: --bom goes with --format csv/m],
    [[SEED0, '-0'], /^extract: -0 goes with --files-from/m],
    [[SEED0, '--fields', 'file,value'], /^extract: --fields goes with --format json, ndjson, csv or tsv/m],
    [[SEED0, '--csv', '--fields', 'file,valu'], /^extract: unknown field "valu" \(fields: file, indicator, /m],
    [['check', 'fixtures/seeds/000_7c649211ab158f35.expected.yaml', '--all'], /^extract: --all goes with --update/m],
    [['check', 'fixtures/seeds/000_7c649211ab158f35.expected.yaml', '--yes'], /^extract: --yes goes with --update/m],
    [['check', 'fixtures/seeds/000_7c649211ab158f35.expected.yaml', '--update', '--reporter', 'junit'], /^extract: --reporter junit does not go with --update/m],
  ];
  let runs: Run[];
  beforeAll(async () => {
    runs = await Promise.all(cases.map(([args]) => cli(args)));
  }, SLOW);
  it.each(cases.map((c, i) => [c[0].join(' '), i] as const))('extract %s: exit 2, one line saying why, nothing on stdout', (_, i) => {
    const r = runs[i]!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(cases[i]![1]);
    expectPrefixed(r);
    const hint = cases[i]![0][0] === 'check' ? '(run extract check --help for usage)' : '(run extract --help for usage)';
    expect(r.stderr).toContain(hint);
  });
});

describe('help', () => {
  let R: Record<string, Run>;
  beforeAll(async () => {
    const runs: Record<string, string[]> = {
      help: ['--help'],
      helpCmd: ['help'],
      checkHelp: ['check', '--help'],
      helpCheck: ['help', 'check'],
      helpNope: ['help', 'nope'],
      checkBogus: ['check', '--bogus'],
      checkNoArgs: ['check'],
      indicatorsBogus: ['indicators', '--bogus'],
      rootBogus: [SEED0, '--bogus'],
    };
    const keys = Object.keys(runs);
    const done = await Promise.all(keys.map((k) => cli(runs[k]!)));
    R = Object.fromEntries(keys.map((k, i) => [k, done[i]!]));
  }, SLOW);

  it('extract help is extract --help; extract help check is extract check --help', () => {
    expect(R.helpCmd.code).toBe(0);
    expect(R.helpCmd.stdout).toBe(R.help.stdout);
    expect(R.helpCheck.code).toBe(0);
    expect(R.helpCheck.stdout).toBe(R.checkHelp.stdout);
    expect(R.checkHelp.stdout).toMatch(/^Usage: extract check /);
    expect(R.checkHelp.stdout).toContain('Exit status:');
    expect(R.checkHelp.stdout).toContain('--reporter json');
  });

  it('--help is a manual: examples, inputs, outputs, exit status, environment, files', () => {
    const h = R.help.stdout;
    for (const section of ['Examples:', 'Input:', 'Output:', 'Exit status:', 'Environment:', 'Files:']) expect(h).toContain(`\n${section}\n`);
    for (const v of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'DEBUG']) expect(h).toMatch(new RegExp(`^ {2}${v} `, 'm'));
    for (const cmd of ['check', 'indicators', 'completion', 'help']) expect(h).toMatch(new RegExp(`^ {2}${cmd}\\b`, 'm'));
    expect(h).toContain('cat report.txt | extract');
  });

  it('a usage error in a subcommand points to that subcommand’s help', () => {
    expect(R.checkBogus.code).toBe(2);
    expect(R.checkBogus.stderr).toBe("extract: unknown option '--bogus'\n(run extract check --help for usage)\n");
    expect(R.checkNoArgs.stderr).toBe("extract: missing required argument 'expectations'\n(run extract check --help for usage)\n");
    expect(R.indicatorsBogus.stderr).toBe("extract: unknown option '--bogus'\n(run extract indicators --help for usage)\n");
    expect(R.rootBogus.stderr).toBe("extract: unknown option '--bogus'\n(run extract --help for usage)\n");
    expect(R.helpNope.code).toBe(2);
    expect(R.helpNope.stderr).toMatch(/^extract: no command "nope" \(commands: check, summary, report, indicators, rules, completion, help\)$/m);
  });
});

describe('a mistyped command', () => {
  it('extract chekc: the missing path names the command it was probably meant to be', async () => {
    const r = await cli(['chekc', 'x.yaml'], { stdin: 'ignore' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: chekc: no such file or directory \(did you mean extract check\?\)$/m);
    expectPrefixed(r);
  }, SLOW);
});

describe('one error prefix', () => {
  it('every diagnostic line of extract and check starts with "extract: "', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'documents:\n  - file: nope.txt\n    figures: []\n');
    const runs = await Promise.all([
      cli(['seeds/', 'no-such-file.txt', '--ndjson']),
      cli(['check', bad, 'no-such.yaml']),
      cli(['--rules', path.join(dir, 'nope.yaml'), SEED0]),
      cli(['fixtures/inputs', '--ndjson']),
      cli(['seeds/', '--shard', 'x']),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expectPrefixed(r);
    }
  }, SLOW);
});

describe('tiny files are text too', () => {
  it('one-line GBK files are read, not skipped as binary', async () => {
    const dir = tempDir();
    // 技术合同成交额1亿元 (19 bytes) and 院士21人 (8 bytes; read as binary before) in GBK
    const issue = Buffer.from('bcbccaf5bacfcdacb3c9bdbbb6ee31d2dad4aa', 'hex');
    expect(issue.length).toBe(19);
    writeFileSync(path.join(dir, 'a.txt'), issue);
    writeFileSync(path.join(dir, 'b.txt'), Buffer.from('d4bacabf3231c8cb', 'hex'));
    const r = await cli([dir, '--all', '--ndjson', '--fields', 'indicator,value,text,sentence']);
    expect(r.stderr).not.toMatch(/not a text file/);
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)).toEqual([
      { indicator: 'tech_contract.value', value: 100000000, text: '1亿元', sentence: '技术合同成交额1亿元' },
      { indicator: 'other', value: 21, text: '21人', sentence: '院士21人' },
    ]);
  }, SLOW);
});
