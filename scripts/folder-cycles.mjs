#!/usr/bin/env node
// Folder imports of src/: each folder with the folders its files import
// (relative imports, type-only ones included), and every cycle among them.
// Exit 1 when there is a cycle. Used by test/layout.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function folderEdges(srcDir) {
  const edges = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const from = path.relative(srcDir, path.dirname(p)) || '.';
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
          const to = path.relative(srcDir, path.dirname(path.resolve(path.dirname(p), m[1]))) || '.';
          if (to === from) continue;
          if (!edges.has(from)) edges.set(from, new Set());
          edges.get(from).add(to);
        }
      }
    }
  };
  walk(srcDir);
  return edges;
}

export function cycles(edges) {
  const out = [];
  const done = new Set();
  const stack = [];
  const visit = (u) => {
    stack.push(u);
    for (const v of edges.get(u) ?? []) {
      const k = stack.indexOf(v);
      if (k >= 0) out.push([...stack.slice(k), v].join(' -> '));
      else if (!done.has(v)) visit(v);
    }
    stack.pop();
    done.add(u);
  };
  for (const u of [...edges.keys()].sort()) if (!done.has(u)) visit(u);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const edges = folderEdges(src);
  for (const [from, tos] of [...edges].sort()) console.log(`${from} -> ${[...tos].sort().join(', ')}`);
  const found = cycles(edges);
  console.log(found.length ? `cycles:\n${found.join('\n')}` : 'no cycles');
  process.exit(found.length ? 1 : 0);
}
