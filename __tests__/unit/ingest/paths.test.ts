import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../src/ingest/paths.js';

const ROOT = '/home/runner/work/shop/shop';
const TRACKED = new Set(['src/app.py', 'src/cart/total.ts', 'packages/web/src/cart/total.ts', 'lib/util.go', 'README.md']);

describe('RepoPaths.place with the tracked files known', () => {
  const repo = new RepoPaths(ROOT, TRACKED);
  it.each([
    ['a repo-relative path', 'src/app.py', [], 'src/app.py', true],
    ['a ./ prefix', './src/app.py', [], 'src/app.py', true],
    ['an absolute path in the workspace', `${ROOT}/src/app.py`, [], 'src/app.py', true],
    ['a file:// URI with an escaped space', `file://${ROOT}/src/app.py`, [], 'src/app.py', true],
    ['Windows separators from another machine, by suffix', 'D:\\a\\shop\\shop\\lib\\util.go', [], 'lib/util.go', true],
    ['an absolute path from another runner, by suffix', '/builds/x/y/src/app.py', [], 'src/app.py', true],
    ['a Go import path, by suffix', 'github.com/acme/shop/lib/util.go', [], 'lib/util.go', true],
    ['a path under a Cobertura source root', 'app.py', [`${ROOT}/src`], 'src/app.py', true],
    ['an ambiguous suffix is not guessed', 'cart/total.ts', [], 'cart/total.ts', false],
    ['a longer suffix settles it', 'web/src/cart/total.ts', [], 'packages/web/src/cart/total.ts', true],
    ['a virtual path stays unplaced', 'dist/<define:DATA>', [], 'dist/<define:DATA>', false]
  ])('%s', (_label, raw, roots, path, placed) => {
    expect(repo.place(raw, roots)).toEqual({ path, placed });
  });
  it('says it knows the files', () => expect(repo.knowsFiles).toBe(true));
});

describe('RepoPaths.place without git', () => {
  const repo = new RepoPaths(ROOT);
  it.each([
    ['a relative path is taken as is', './src/app.py', [], 'src/app.py', true],
    ['a workspace path becomes relative', `${ROOT}/src/app.py`, [], 'src/app.py', true],
    ['a source root inside the workspace is used', 'app.py', [`${ROOT}/src`], 'src/app.py', true],
    ['an absolute path elsewhere is unplaced', '/opt/build/src/app.py', [], '/opt/build/src/app.py', false]
  ])('%s', (_label, raw, roots, path, placed) => {
    expect(repo.place(raw, roots)).toEqual({ path, placed });
  });
  it('says it does not know the files', () => expect(repo.knowsFiles).toBe(false));
});
