#!/usr/bin/env node
// Fails when any two files under src/ import each other, directly or through others. Type-only
// and dynamic imports count too: a cycle of types still ties two rooms together, and a lazy
// import still makes one room depend on the other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(process.argv[2] ?? 'src');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of one file, resolved to the .ts file they name. */
function importsOf(file, known) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
    if (known.has(target)) out.push(target);
    else if (known.has(`${target}.ts`)) out.push(`${target}.ts`);
  }
  return out;
}

/** Tarjan's strongly connected components: every component with more than one file is a cycle. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v)) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low !== meta.get(v).index) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) found.push(component);
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

/** One concrete loop inside a component, for the message: a → b → … → a. */
function loopIn(component, graph) {
  const inside = new Set(component);
  const start = [...component].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v)) {
      if (w === start) {
        const loop = [v];
        for (let p = previous.get(v); p; p = previous.get(p)) loop.unshift(p);
        return [...loop, start];
      }
      if (inside.has(w) && !previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return component;
}

const files = sources(root);
const known = new Set(files);
const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
const found = cycles(graph);
const rel = (f) => path.relative(process.cwd(), f);
if (found.length) {
  console.error(`Import cycles among ${rel(root)}/ files (${found.length}):`);
  for (const c of found) console.error(`  ${loopIn(c, graph).map(rel).join(' → ')}${c.length > 2 ? `  (${c.length} files tied together)` : ''}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files under ${rel(root)}/.`);
