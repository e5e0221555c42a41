/**
 * The layout of src/: no folder imports a folder that imports it back (type
 * imports count), no source file is over 300 lines, and the orchestrator
 * stays short.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { cycles, folderEdges } from '../../scripts/folder-cycles.mjs';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Every .ts file under `dir`, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('src layout', () => {
  it('has no cycle among its folders', () => {
    const edges = folderEdges(SRC) as Map<string, Set<string>>;
    expect(edges.size).toBeGreaterThan(10);
    expect(cycles(edges)).toEqual([]);
  });
  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(edges)).toEqual(['a -> b -> c -> a']);
  });
  it('has no source file over 300 lines', () => {
    const files = tsFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((f) => ({ file: path.relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300)
      .map((f) => `src/${f.file}: ${f.lines} lines`);
    expect(offenders, `source files over 300 lines:\n${offenders.join('\n')}`).toEqual([]);
  });
  it('keeps the orchestrator under 100 lines', () => {
    expect(readFileSync(path.join(SRC, 'pipeline.ts'), 'utf8').split('\n').length).toBeLessThan(100);
  });
});
