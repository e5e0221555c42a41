/**
 * Nothing hangs, nothing explodes: a rule pack with a pattern that could
 * backtrack for ever is refused before any document is read, and a document
 * that still goes over its time budget costs one line on stderr while every
 * other document is extracted and printed in order (the BUILT program, run as
 * a user runs it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseNdjson, plainEnv, SLOW, STACK_FRAME, tempDir } from './support.js';

const dir = tempDir('extract-safety-');
// User packs' ReDoS verdicts are cached here, not in the home directory.
const env = plainEnv({ XDG_CACHE_HOME: path.join(dir, 'cache') });

function pack(name: string, before: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    ['family: trademark', 'keywords: [商标]', 'rules:', '  - id: trademark.applications', '    label: 商标注册申请量', '    unit: count', '    match:', `      - before: ${JSON.stringify(before)}`, '      - before: "商标{g}申请"', ''].join('\n'),
  );
  return file;
}

const docs = path.join(dir, 'docs');
mkdirSync(docs);
writeFileSync(path.join(docs, 'a.txt'), '2022年,全市商标注册申请6.4万件。\n');
// 45 characters that a nested repetition can split in 2^44 ways.
writeFileSync(path.join(docs, 'b.txt'), `商标${'技'.repeat(45)}1件。\n`);
writeFileSync(path.join(docs, 'c.txt'), '2023年,全市商标申请3件。\n');

describe('unsafe patterns are refused when a pack loads', () => {
  it('names the pack file and line, the rule and the pattern as written; exit 2 before any document is read', async () => {
    const bad = pack('nested.yaml', '商标(?:技+)+术X');
    const r = await cli(['--ndjson', '--rules', bad, path.join(dir, 'missing.txt'), docs], { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^extract: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8: trademark\\.applications\\.match\\[0\\]\\.before: unsafe pattern "商标\\(\\?:技\\+\\)\\+术X": exponential backtracking`),
    );
    // No document was looked at: the missing file is not even reported.
    expect(r.stderr).not.toMatch(/missing\.txt/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  }, SLOW);

  it('refuses it for extract check, extract indicators and extract rules test too', async () => {
    const bad = pack('nested2.yaml', '(?:专|专专)+利');
    for (const args of [['indicators', '--rules', bad], ['rules', 'test', bad]]) {
      const r = await cli(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/unsafe pattern "\(\?:专\|专专\)\+利"/);
    }
  }, SLOW);

  it('shows the pattern as written, not its expansion, when it is not a regular expression', async () => {
    const bad = pack('broken.yaml', '商标{g}(申请');
    const r = await cli(['--ndjson', '--rules', bad, docs], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:8: trademark\.applications\.match\[0\]\.before: bad pattern "商标\{g\}\(申请": Unterminated group/);
    expect(r.stderr).not.toMatch(/uE000/);
  }, SLOW);

  it('reads a long 、-list quickly (the old {items} placeholder backtracked exponentially on it)', async () => {
    const file = path.join(dir, 'list.txt');
    writeFileSync(file, `全市授权专利${Array.from({ length: 40 }, (_, i) => `${i + 1}件`).join('、')}。\n`);
    const r = await cli(['--ndjson', '--all', '--timeout', '60', file], { env });
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)).toHaveLength(40);
  }, SLOW);
});

describe('a time budget per document', () => {
  // A backreference keeps the checker from deciding (a warning), so the pattern loads and hangs on b.txt.
  const slow = pack('slow.yaml', '商标(?:技+)+(术)\\1X');

  it('reports the document over budget with the rule that was running; the others are printed in order; exit 2', async () => {
    const r = await cli(['--ndjson', '--timeout', '1', '--rules', slow, docs], { env });
    expect(r.code).toBe(2);
    const recs = parseNdjson(r.stdout);
    expect(recs.map((x) => [path.basename(String(x.file)), x.value])).toEqual([
      ['a.txt', 64000],
      ['c.txt', 3],
    ]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/slow\.yaml:8: .*could not be checked for slow backtracking/));
    const over = lines.filter((l) => /over the time budget/.test(l));
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(
      /^extract: .*b\.txt: over the time budget \(--timeout\): stopped after \d+\.\d s in rule trademark\.applications \(.*slow\.yaml:8, before: "商标\(\?:技\+\)\+\(术\)\\\\1X"\)$/,
    );
  }, SLOW);

  it('goes on with the same order in a table and with csv', async () => {
    const r = await cli(['--csv', '--timeout', '0.5', '--rules', slow, docs], { env });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').slice(1).map((l) => path.basename(l.split(',')[0]))).toEqual(['a.txt', 'c.txt']);
  }, SLOW);

  it('refuses a timeout that is not a number of seconds', async () => {
    const r = await cli(['--timeout', 'soon', docs], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: --timeout takes a number of seconds/);
  }, SLOW);
});
