import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCodePoints, describeError, expandInputs, listEntries, type ExpandOptions, type InputItem } from '../../src/cli/inputs.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url)).replace(/\/$/, '');
const TREE = join(FIXTURES, 'tree');

const noStdin = async (): Promise<Uint8Array> => {
  throw new Error('stdin must not be read');
};

async function collect(args: string[], opts: Partial<ExpandOptions> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of expandInputs(args, { cwd: FIXTURES, readStdin: noStdin, ...opts })) out.push(item);
  return out;
}
const displays = (items: InputItem[]) => items.map((i) => (i.kind === 'error' ? `!${i.display}` : i.display));

/** The tree in code-point order: B < a-link < a < dangling (error) < sub/… < 文件 < ｚ (U+FF5A) < 𝟘 (U+1D7D8). */
const TREE_ORDER = ['B.txt', 'a-link.txt', 'a.txt', '!dangling.txt', 'sub/c.txt', 'sub/deeper/d.txt', '文件.txt', 'ｚ.txt', '𝟘.txt'];
const withPrefix = (prefix: string) => TREE_ORDER.map((d) => (d.startsWith('!') ? `!${prefix}${d.slice(1)}` : prefix + d));

describe('expandInputs on fixtures/inputs/tree', () => {
  it('yields the files sorted by code point, one error for the dangling link, and ends despite the loop', async () => {
    const items = await collect(['tree']);
    expect(displays(items)).toEqual(withPrefix('tree/'));
    const errors = items.filter((i) => i.kind === 'error');
    expect(errors).toEqual([{ kind: 'error', display: 'tree/dangling.txt', message: 'no such file or directory (dangling symbolic link)' }]);
    expect(items.some((i) => i.display.includes('/up/'))).toBe(false);
  });

  it('skips hidden files and folders inside directories', async () => {
    const items = await collect(['tree']);
    expect(items.some((i) => i.display.includes('/.'))).toBe(false);
  });

  it('gives absolute paths to read, keeping symlinked files under their link name', async () => {
    const items = await collect(['tree']);
    const files = items.filter((i) => i.kind === 'file');
    expect(files.find((f) => f.display === 'tree/a-link.txt')).toEqual({ kind: 'file', path: join(TREE, 'a-link.txt'), display: 'tree/a-link.txt' });
    expect(files.find((f) => f.display === 'tree/sub/deeper/d.txt')?.path).toBe(join(TREE, 'sub/deeper/d.txt'));
  });

  it('keeps the user\'s spelling of the directory', async () => {
    expect(displays(await collect(['tree/']))).toEqual(withPrefix('tree/'));
    expect(displays(await collect(['tree//']))).toEqual(withPrefix('tree/'));
    expect(displays(await collect(['./tree']))).toEqual(withPrefix('./tree/'));
    expect(displays(await collect([TREE]))).toEqual(withPrefix(`${TREE}/`));
    expect(displays(await collect(['.'], { cwd: join(TREE, 'sub', 'deeper') }))).toEqual(['./d.txt']);
    expect(displays(await collect(['./'], { cwd: join(TREE, 'sub', 'deeper') }))).toEqual(['./d.txt']);
    expect(displays(await collect(['../deeper'], { cwd: join(TREE, 'sub', 'deeper') }))).toEqual(['../deeper/d.txt']);
  });

  it('from tree/sub, the link up to tree is followed once; tree/sub itself is not re-entered', async () => {
    const walked = displays(await collect(['.'], { cwd: join(TREE, 'sub') }));
    expect(walked).toEqual(['./c.txt', './deeper/d.txt', ...withPrefix('./up/').filter((d) => !d.includes('/sub/'))]);
  });

  it('enters a directory given through a symlink, and still stops at the loop', async () => {
    // tree/sub/up → tree: the walk of tree again, under the link's name; tree/sub/up/sub/up is not re-entered.
    expect(displays(await collect(['tree/sub/up']))).toEqual(withPrefix('tree/sub/up/'));
  });

  it('yields explicitly named files as given, hidden ones included', async () => {
    expect(await collect(['tree/a.txt', 'tree/.hidden.txt', 'tree/a-link.txt'])).toEqual([
      { kind: 'file', path: join(TREE, 'a.txt'), display: 'tree/a.txt' },
      { kind: 'file', path: join(TREE, '.hidden.txt'), display: 'tree/.hidden.txt' },
      { kind: 'file', path: join(TREE, 'a-link.txt'), display: 'tree/a-link.txt' },
    ]);
  });

  it('turns missing paths into error items and goes on', async () => {
    expect(await collect(['nope.txt', 'tree/dangling.txt', 'tree/a.txt/x', 'tree/sub/c.txt'])).toEqual([
      { kind: 'error', display: 'nope.txt', message: 'no such file or directory' },
      { kind: 'error', display: 'tree/dangling.txt', message: 'no such file or directory (dangling symbolic link)' },
      { kind: 'error', display: 'tree/a.txt/x', message: 'not a directory' },
      { kind: 'file', path: join(TREE, 'sub/c.txt'), display: 'tree/sub/c.txt' },
    ]);
  });

  it('yields nothing for no arguments', async () => {
    expect(await collect([])).toEqual([]);
  });
});

describe('stdin and --files-from', () => {
  const stdin = (s: string) => async () => new TextEncoder().encode(s);
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'inputs-test-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('"-" is stdin, once', async () => {
    expect(await collect(['-'])).toEqual([{ kind: 'stdin', display: '-' }]);
    const twice = await collect(['-', 'tree/a.txt', '-']);
    expect(twice.map((i) => i.kind)).toEqual(['stdin', 'file', 'error']);
  });

  it('newline list: blank lines ignored, CRLF tolerated, relative paths against cwd, folders expanded', async () => {
    const list = join(tmp, 'list.txt');
    writeFileSync(list, `tree/a.txt\r\n\n   \ntree/sub/deeper\n${join(TREE, 'B.txt')}\nmissing.txt\n`);
    expect(await collect([], { filesFrom: list })).toEqual([
      { kind: 'file', path: join(TREE, 'a.txt'), display: 'tree/a.txt' },
      { kind: 'file', path: join(TREE, 'sub/deeper/d.txt'), display: 'tree/sub/deeper/d.txt' },
      { kind: 'file', path: join(TREE, 'B.txt'), display: join(TREE, 'B.txt') },
      { kind: 'error', display: 'missing.txt', message: 'no such file or directory' },
    ]);
  });

  it('a relative list path is resolved against cwd; arguments come first', async () => {
    const cwd = join(tmp, 'cwd');
    mkdirSync(join(cwd, 'deeper'), { recursive: true });
    writeFileSync(join(cwd, 'c.txt'), '');
    writeFileSync(join(cwd, 'deeper', 'd.txt'), '');
    writeFileSync(join(cwd, 'deeper', '.list'), 'c.txt');
    // The list lives in deeper/, but its entries resolve against cwd, like the list path itself.
    const items = await collect(['deeper'], { cwd, filesFrom: 'deeper/.list' });
    expect(items).toEqual([
      { kind: 'file', path: join(cwd, 'deeper', 'd.txt'), display: 'deeper/d.txt' },
      { kind: 'file', path: join(cwd, 'c.txt'), display: 'c.txt' },
    ]);
  });

  it('NUL list from stdin: names may contain newlines', async () => {
    const items = await collect([], { filesFrom: '-', nul: true, readStdin: stdin('tree/a.txt\0tree/sub/c.txt\0\0name with\nnewline\0') });
    expect(items).toEqual([
      { kind: 'file', path: join(TREE, 'a.txt'), display: 'tree/a.txt' },
      { kind: 'file', path: join(TREE, 'sub/c.txt'), display: 'tree/sub/c.txt' },
      { kind: 'error', display: 'name with\nnewline', message: 'no such file or directory' },
    ]);
  });

  it('newline list from stdin, without a final newline', async () => {
    const items = await collect([], { filesFrom: '-', readStdin: stdin('\uFEFFtree/a.txt\ntree/B.txt') });
    expect(displays(items)).toEqual(['tree/a.txt', 'tree/B.txt']);
  });

  it('"-" as an argument conflicts with --files-from -', async () => {
    const items = await collect(['-'], { filesFrom: '-', readStdin: stdin('tree/a.txt\n') });
    expect(items[0]).toMatchObject({ kind: 'error', display: '-' });
    expect(displays(items.slice(1))).toEqual(['tree/a.txt']);
  });

  it('an unreadable list is one error item', async () => {
    expect(await collect(['tree/a.txt'], { filesFrom: 'no-list.txt' })).toEqual([
      { kind: 'file', path: join(TREE, 'a.txt'), display: 'tree/a.txt' },
      { kind: 'error', display: 'no-list.txt', message: 'cannot read the list of files: no such file or directory' },
    ]);
  });

  it('listEntries splits lazily', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect([...listEntries(enc('a\nb\r\n\nc'), false)]).toEqual(['a', 'b', 'c']);
    expect([...listEntries(enc('a\nb\0c\0'), true)]).toEqual(['a\nb', 'c']);
    expect([...listEntries(enc(''), false)]).toEqual([]);
  });
});

describe('walks of generated trees', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'inputs-walk-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('compareCodePoints orders by code point, not UTF-16 unit', () => {
    const names = ['𝟘', 'ｚ', 'a', 'B', '文', '\uE000', '😀', 'a𝟘', 'aｚ', ''];
    const byBytes = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...names].sort(compareCodePoints)).toEqual(byBytes);
    expect(compareCodePoints('ｚ', '𝟘')).toBeLessThan(0);
  });

  it('2,000 files in one folder: each once, in code-point order', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    const names: string[] = [];
    const chars = ['a', 'B', '0', '_', '-', '技', '術', 'ｚ', '𝟘', '😀', 'é', ' '];
    for (let i = 0; i < 2000; i++) {
      let n = '';
      for (let k = 0, x = i * 7919 + 13; k < 4; k++, x = Math.floor(x / chars.length)) n += chars[x % chars.length];
      n += `${i}.txt`;
      names.push(n);
      writeFileSync(join(dir, n), '');
    }
    const items = await collect(['many'], { cwd: tmp });
    const cp = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    expect(displays(items)).toEqual(names.sort(cp).map((n) => `many/${n}`));
  });

  it('a directory reached through two links is entered once', async () => {
    const dir = join(tmp, 'alias');
    mkdirSync(join(dir, 'real'), { recursive: true });
    writeFileSync(join(dir, 'real', 'x.txt'), '');
    symlinkSync('real', join(dir, 'link1'));
    symlinkSync('real', join(dir, 'link2'));
    expect(displays(await collect(['alias'], { cwd: tmp }))).toEqual(['alias/link1/x.txt']);
  });

  it('a link to an ancestor two levels up does not loop', async () => {
    const dir = join(tmp, 'loop2');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'f.txt'), '');
    symlinkSync('../..', join(dir, 'a', 'b', 'top'));
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'abs-a'));
    expect(displays(await collect(['loop2'], { cwd: tmp }))).toEqual(['loop2/a/b/f.txt']);
  });

  it('a file name that is not UTF-8 becomes an error item', async () => {
    const dir = join(tmp, 'latin');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xbc, 0xbc, 0xca, 0xf5]), Buffer.from('.txt')]), '');
    writeFileSync(join(dir, 'ok.txt'), '');
    const items = await collect(['latin'], { cwd: tmp });
    expect(items.map((i) => i.kind)).toEqual(['file', 'error']);
    expect(items[1]).toMatchObject({ message: 'file name is not valid UTF-8 (skipped)' });
  });

  it('skips FIFOs inside folders (reading them would block)', async () => {
    const dir = join(tmp, 'fifo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), '');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
    } catch {
      return; // no mkfifo here
    }
    expect(displays(await collect(['fifo'], { cwd: tmp }))).toEqual(['fifo/a.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is an error item', async () => {
    const dir = join(tmp, 'locked');
    mkdirSync(join(dir, 'inner'), { recursive: true });
    writeFileSync(join(dir, 'z.txt'), '');
    execFileSync('chmod', ['000', join(dir, 'inner')]);
    try {
      expect(await collect(['locked'], { cwd: tmp })).toEqual([
        { kind: 'error', display: 'locked/inner', message: 'permission denied' },
        { kind: 'file', path: join(dir, 'z.txt'), display: 'locked/z.txt' },
      ]);
    } finally {
      execFileSync('chmod', ['755', join(dir, 'inner')]);
    }
  });
});

describe('describeError', () => {
  it('keeps the short errno text only', () => {
    const e = Object.assign(new Error("ENOENT: no such file or directory, stat '/x'"), { code: 'ENOENT' });
    expect(describeError(e)).toBe('no such file or directory');
    expect(describeError(new Error('boom\n    at stack'))).toBe('boom');
    expect(describeError('odd')).toBe('odd');
  });
});
