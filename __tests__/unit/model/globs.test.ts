// One glob engine: the matcher the gates use (docs rule, per-path coverage, reports.formats) and
// the walker the shell uses (report inputs, test lists, timings) agree on every pattern, including
// the cases where three hand-made or built-in matchers used to disagree.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requireFiles, resolvePatterns } from '../../../src/engine/files.js';
import { isGlob, matchesGlob, matchesPatterns, splitPatterns } from '../../../src/model/globs.js';
import { reportFiles } from '../../../src/shell/report-files.js';

describe('matching a repo-relative path', () => {
  it.each([
    ['src/core/a.ts', 'src/core/**', true],
    ['src/core/x/y/z.ts', 'src/core/**', true],
    ['src/core', 'src/core/**', true],
    ['src/corex/a.ts', 'src/core/**', false],
    ['src/a.ts', '*.ts', false],
    ['a.ts', '*.ts', true],
    ['CHANGELOG.md', '**/CHANGELOG.md', true],
    ['packages/x/CHANGELOG.md', '**/CHANGELOG.md', true],
    ['.changeset/brave-fox.md', '**/*.md', true],
    ['.changeset/brave-fox.md', '.changeset/*.md', true],
    ['src/.hidden/a.ts', 'src/**/*.ts', true],
    ['src/a.ts', 'src/**/a.ts', true],
    ['src/a.mjs', 'src/*.{ts,{js,mjs}}', true],
    ['src/a.cjs', 'src/*.{ts,{js,mjs}}', false],
    ['src/b.ts', 'src/[ab].ts', true],
    ['src/c.ts', 'src/[!ab].ts', true],
    ['src/a.ts', 'src/[!ab].ts', false],
    ['src/[x].ts', 'src/\\[x].ts', true],
    ['a.b', 'a?b', true],
    ['a/b', 'a?b', false],
    ['src/{x.ts', 'src/{x.ts', true],
    ['./src/a.ts', 'src/*.ts', true],
    ['src\\win\\a.ts', 'src/**', true],
    ['SRC/a.ts', 'src/**', false],
    ['src/a+b (1).ts', 'src/a+b (1).ts', true]
  ])('%s against %s → %s', (file, glob, expected) => {
    expect(matchesGlob(file, glob)).toEqual(expected);
  });

  it.each([
    [['src/**', '!src/gen/**'], 'src/gen/x.ts', false],
    [['src/**', '!src/gen/**'], 'src/x.ts', true],
    [['!src/gen/**'], 'src/x.ts', false],
    [[], 'src/x.ts', false]
  ])('patterns %j with %s → %s', (patterns, file, expected) => {
    expect(matchesPatterns(file, patterns)).toEqual(expected);
  });
});

describe('the cases the old matchers disagreed on', () => {
  // path.matchesGlob (the formats table) and fs.glob (report inputs) skipped dot folders and did
  // not take `src/**` to mean `src` itself; the docs rule's own matcher did.
  it.each([
    ['.changeset/x.md', '**/*.md'],
    ['.github/workflows/ci.yml', '**/*.yml'],
    ['src', 'src/**'],
    ['reports/.hidden/junit.xml', 'reports/**/*.xml']
  ])('%s matches %s', (file, glob) => {
    expect(matchesGlob(file, glob)).toBe(true);
  });
});

describe('walking the disk agrees with matching', () => {
  let root: string;
  const tree = ['.changeset/x.md', 'README.md', 'docs/a.md', 'src/a.ts', 'src/gen/b.ts', 'src/[x].ts', 'reports/.hidden/junit.xml', 'reports/unit/junit.xml', 'node_modules/pkg/README.md'];
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'pg-globs-'));
    for (const file of tree) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), 'x');
    }
    await symlink(path.join(root, 'src/a.ts'), path.join(root, 'src/link.ts'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    [['**/*.md'], ['.changeset/x.md', 'README.md', 'docs/a.md', 'node_modules/pkg/README.md']],
    [['**/*.md', '!node_modules/**'], ['.changeset/x.md', 'README.md', 'docs/a.md']],
    [['src/**', '!src/gen/**'], ['src/[x].ts', 'src/a.ts', 'src/link.ts']],
    [['reports/**/*.xml'], ['reports/.hidden/junit.xml', 'reports/unit/junit.xml']],
    [['src/[x].ts'], ['src/[x].ts']],
    [['./src/a.ts'], ['src/a.ts']]
  ])('%j finds exactly the files the matcher accepts', async (patterns, expected) => {
    const { matched } = await resolvePatterns(patterns, reportFiles(root));
    expect(matched.sort()).toEqual(expected);
    const all = [...tree, 'src/link.ts'];
    expect(all.filter((f) => matchesPatterns(f, patterns)).sort()).toEqual(expected);
  });

  it('a pattern that matches nothing is named; exclusions never are', async () => {
    expect(await resolvePatterns(['nowhere/*.xml', 'src/a.ts', '!src/gen/**'], reportFiles(root))).toEqual({ matched: ['src/a.ts'], unmatched: ['nowhere/*.xml'] });
    expect(splitPatterns(['a/**', '!a/b/**', 'c'])).toEqual({ include: ['a/**', 'c'], exclude: ['a/b/**'] });
  });

  it('a plain path that matches nothing is kept for the read to say why; an empty glob is a mistake', async () => {
    expect(await requireFiles(['src/a.ts', 'nowhere/x.json'], reportFiles(root), '--base')).toEqual(['src/a.ts', 'nowhere/x.json']);
    await expect(requireFiles(['nowhere/*.json'], reportFiles(root), '--base')).rejects.toThrow('--base: "nowhere/*.json" matched no files.');
    expect(['a/b.json', 'a/*.json', 'a/{b,c}.json', 'a/[bc].json', 'a/?.json'].map(isGlob)).toEqual([false, true, true, true, true]);
  });
});
