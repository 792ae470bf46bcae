import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiffReader, parseUnifiedDiff, type DiffFile } from '../../../src/change/diff.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../../fixtures/diff');
const CORPUS = path.resolve(HERE, '../../../../shared/corpus/diff');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const brief = (f: DiffFile) => [f.status, f.oldPath, f.newPath, f.addedLines, f.deletedCount];

/** What git's output for the fixture repository (see fixtures/diff/README.md) must parse to. */
const MIXED: Record<string, unknown[]> = {
  'blob.bin': ['modified', 'blob.bin', 'blob.bin', [], 0],
  'café.ts': ['modified', 'café.ts', 'café.ts', [2], 0],
  'copy-src.txt': ['added', null, 'copy-src.txt', [1, 2, 3], 0],
  'crlf.txt': ['modified', 'crlf.txt', 'crlf.txt', [2], 1],
  'dashes.sql': ['modified', 'dashes.sql', 'dashes.sql', [1, 2], 2],
  'deleted.ts': ['deleted', 'deleted.ts', null, [], 1],
  'empty-new.txt': ['added', null, 'empty-new.txt', [], 0],
  'keep.ts': ['modified', 'keep.ts', 'keep.ts', [2, 6, 7], 3],
  'new dir/n.ts': ['added', null, 'new dir/n.ts', [1, 2], 0],
  'nonl.txt': ['modified', 'nonl.txt', 'nonl.txt', [1], 1],
  'quo"te.ts': ['modified', 'quo"te.ts', 'quo"te.ts', [2], 0],
  'renamed.ts': ['renamed', 'moved.ts', 'renamed.ts', [15], 1],
  'ta\tb.ts': ['modified', 'ta\tb.ts', 'ta\tb.ts', [2], 0],
  'with space.ts': ['modified', 'with space.ts', 'with space.ts', [2], 0]
};
const byName = (files: readonly DiffFile[]) => Object.fromEntries(files.map((f) => [f.newPath ?? f.oldPath, brief(f)]));

describe('git diff output from a real repository', () => {
  it.each([
    ['--unified=0', 'git-u0-mixed.diff'],
    ['the default three lines of context', 'git-u3-mixed.diff']
  ])('with %s: every file, its names and its added lines, and nothing to complain about', (_label, name) => {
    const parsed = parseUnifiedDiff(fixture(name));
    expect([byName(parsed.files), parsed.problems]).toEqual([MIXED, []]);
  });

  it('a rename keeps its similarity and a binary file is marked binary', () => {
    const files = parseUnifiedDiff(fixture('git-u0-mixed.diff')).files;
    expect([files.find((f) => f.status === 'renamed')?.similarity, files.filter((f) => f.binary).map((f) => f.newPath)]).toEqual([94, ['blob.bin']]);
  });

  it('a pure rename of names with spaces takes its names from "rename from/to", with no lines', () => {
    expect(parseUnifiedDiff(fixture('git-rename-only.diff')).files).toEqual([
      { oldPath: 'with space.ts', newPath: 'still spaced name.ts', status: 'renamed', binary: false, similarity: 100, addedLines: [], deletedCount: 0 }
    ]);
  });

  it('a copy (-C) is a copied file whose added lines are only the ones after the copy', () => {
    expect(parseUnifiedDiff(fixture('git-copy.diff')).files.map(brief)).toEqual([['copied', 'keep.ts', 'keep-copy.ts', [11], 0]]);
  });

  it('a GIT binary patch is one binary file; its base85 lines are not read as changes', () => {
    expect(parseUnifiedDiff(fixture('git-binary-patch.diff'))).toEqual({
      files: [{ oldPath: 'blob.bin', newPath: 'blob.bin', status: 'modified', binary: true, addedLines: [], deletedCount: 0 }],
      problems: []
    });
  });

  it('the whole diff with CRLF line ends parses the same as with LF', () => {
    const lf = fixture('git-u3-mixed.diff');
    expect(parseUnifiedDiff(lf.replace(/\r?\n/g, '\r\n'))).toEqual(parseUnifiedDiff(lf));
  });

  it.each([1, 7, 64])('read in chunks of %i characters, the result is the same as read whole', (size) => {
    const text = fixture('git-u0-mixed.diff');
    const reader = new DiffReader();
    for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
    expect(reader.end()).toEqual(parseUnifiedDiff(text));
  });
});

describe('plain unified diffs (diff -u)', () => {
  it('names keep no timestamp, and +/- lines count by the new file', () => {
    expect(parseUnifiedDiff(fixture('plain-diff-u.diff')).files.map(brief)).toEqual([['modified', 'old/f.txt', 'new/f.txt', [2, 4], 1]]);
  });

  it('a/ and b/ are stripped only when both sides carry them (diff -ru a b)', () => {
    const pair = parseUnifiedDiff('--- a/x.ts\n+++ b/x.ts\n@@ -1 +1 @@\n-1\n+2\n').files.map(brief);
    const lone = parseUnifiedDiff('--- a/x.ts\n+++ new/x.ts\n@@ -1 +1 @@\n-1\n+2\n').files.map(brief);
    expect([pair, lone]).toEqual([[['modified', 'x.ts', 'x.ts', [1], 1]], [['modified', 'a/x.ts', 'new/x.ts', [1], 1]]]);
  });

  it('several files in a row each start at their "---" line', () => {
    const text = '--- x\t2024-01-01\n+++ x\t2024-01-02\n@@ -1 +1,2 @@\n x\n+y\n--- z\n+++ z\n@@ -3,0 +4 @@\n+w\n';
    expect(parseUnifiedDiff(text).files.map(brief)).toEqual([['modified', 'x', 'x', [2], 0], ['modified', 'z', 'z', [4], 0]]);
  });
});

describe('hunks', () => {
  const one = (hunks: string) => parseUnifiedDiff(`diff --git a/f b/f\n--- a/f\n+++ b/f\n${hunks}`);
  it.each([
    ['a count left out means one line', '@@ -5 +5 @@\n-a\n+b\n', [5], 1],
    ['a pure insertion after line 10', '@@ -10,0 +11,2 @@\n+a\n+b\n', [11, 12], 0],
    ['a pure deletion adds nothing', '@@ -3,2 +2,0 @@\n-a\n-b\n', [], 2],
    ['context lines advance the new line number', '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n', [2], 1],
    ['a context line whose space was trimmed is still context', '@@ -1,3 +1,4 @@\n a\n\n+x\n c\n', [3], 0],
    ['"\\ No newline at end of file" is not a line', '@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n', [1], 1],
    ['a removed "-- x" and an added "++ y" are lines, not headers', '@@ -1 +1 @@\n--- x\n++++ y\n', [1], 1]
  ])('%s', (_label, hunks, added, deleted) => {
    const parsed = one(hunks);
    expect([parsed.files.map((f) => [f.addedLines, f.deletedCount]), parsed.problems]).toEqual([[[added, deleted]], []]);
  });

  it('a hunk cut short is reported with its line, and what was read is kept', () => {
    expect(one('@@ -1,2 +1,3 @@\n a\n+b\n')).toEqual({
      files: [{ oldPath: 'f', newPath: 'f', status: 'modified', binary: false, addedLines: [2], deletedCount: 0 }],
      problems: [{ line: 6, message: 'the last hunk ends early: 1 old and 1 new lines missing' }]
    });
  });

  it('a malformed hunk header is reported, not guessed', () => {
    expect(one('@@ -x +1 @@\n+a\n').problems).toEqual([{ line: 4, message: 'malformed hunk header "@@ -x +1 @@"' }]);
  });
});

describe('file names', () => {
  const names = (text: string) => parseUnifiedDiff(text).files.map((f) => [f.oldPath, f.newPath]);
  it.each([
    ['quoted with octal UTF-8 bytes', 'diff --git "a/caf\\303\\251.ts" "b/caf\\303\\251.ts"\nnew file mode 100644\n', [[null, 'café.ts']]],
    ['quoted with C escapes', 'diff --git "a/a\\tb\\\\c\\"d" "b/a\\tb\\\\c\\"d"\ndeleted file mode 100644\n', [['a\tb\\c"d', null]]],
    ['one side quoted', 'diff --git a/x "b/y\\n"\nrename from x\nrename to "y\\n"\n', [['x', 'y\n']]],
    ['unquoted with spaces, same on both sides', 'diff --git a/a b/c d.ts b/a b/c d.ts\nnew file mode 100644\n', [[null, 'a b/c d.ts']]],
    ['a directory literally named b', 'diff --git a/b/x b/b/x\ndeleted file mode 100644\n', [['b/x', null]]],
    ['git\'s tab after a name with a space', 'diff --git a/x y b/x y\n--- a/x y\t\n+++ b/x y\t\n@@ -0,0 +1 @@\n+z\n', [['x y', 'x y']]]
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('empty and odd input', () => {
  it.each([
    ['an empty diff', ''],
    ['only a commit preamble', 'commit 1234\nAuthor: x\n\n    message --- with dashes\n']
  ])('%s has no files and no problems', (_label, text) => {
    expect(parseUnifiedDiff(text)).toEqual({ files: [], problems: [] });
  });

  it('colour escapes from a forgotten --no-color are ignored', () => {
    const coloured = '\x1b[1mdiff --git a/f b/f\x1b[m\n\x1b[1m--- a/f\x1b[m\n\x1b[1m+++ b/f\x1b[m\n\x1b[36m@@ -1 +1 @@\x1b[m\n\x1b[31m-a\x1b[m\n\x1b[32m+b\x1b[m\n';
    expect(parseUnifiedDiff(coloured).files.map(brief)).toEqual([['modified', 'f', 'f', [1], 1]]);
  });

  it('a combined merge diff is skipped with a problem; the next file is still read', () => {
    const text = 'diff --cc f\n@@@ -1,1 -1,1 +1,1 @@@\n- a\n +b\ndiff --git a/g b/g\n--- a/g\n+++ b/g\n@@ -0,0 +1 @@\n+x\n';
    const parsed = parseUnifiedDiff(text);
    expect([parsed.files.map(brief), parsed.problems]).toEqual([
      [['modified', 'g', 'g', [1], 0]],
      [{ line: 1, message: 'a combined (merge) diff is not read: diff the merge base against the head instead' }]
    ]);
  });
});

// reviewdog's test data (../shared/corpus/diff), read when the corpus is present. Where reviewdog
// keeps "a/" and "b/" in its names, we strip them; its line numbers are what we compare.
const corpus = existsSync(CORPUS) ? describe : describe.skip;
corpus('reviewdog corpus (../shared/corpus/diff)', () => {
  const read = (name: string) => parseUnifiedDiff(readFileSync(path.join(CORPUS, name), 'utf8'));
  it('sample.git.diff gives the added new-file lines and deletions of reviewdog\'s expected parse', () => {
    const expected = JSON.parse(readFileSync(path.join(CORPUS, 'sample.git.diff.json'), 'utf8')) as Array<{ PathOld: string; PathNew: string; Hunks: Array<{ Lines: Array<{ Type: number; LnumNew: number }> }> }>;
    const want = expected.map((f) => ({
      oldPath: f.PathOld.replace(/^a\//, ''),
      newPath: f.PathNew.replace(/^b\//, ''),
      added: f.Hunks.flatMap((h) => h.Lines.filter((l) => l.Type === 1).map((l) => l.LnumNew)),
      deleted: f.Hunks.flatMap((h) => h.Lines.filter((l) => l.Type === 2)).length
    }));
    expect(read('sample.git.diff').files.map((f) => ({ oldPath: f.oldPath, newPath: f.newPath, added: f.addedLines, deleted: f.deletedCount }))).toEqual(want);
  });

  it.each([
    ['addeofnewline.diff', [['modified', 'addeofnewline.old.txt', 'addeofnewline.new.txt', [2], 1]]],
    ['nonewline.diff', [['modified', 'nonewline.old.txt', 'nonewline.new.txt', [3, 4], 2]]],
    ['empty_new.diff', [['added', null, 'empty.txt', [], 0]]],
    ['empty_deleted.diff', [['deleted', 'empty.txt', null, [], 0]]],
    ['empty_space.diff', [['added', null, 'empty space.txt', [], 0]]]
  ])('%s', (name, expected) => {
    const parsed = read(name);
    expect([parsed.files.map(brief), parsed.problems]).toEqual([expected, []]);
  });

  it('every corpus diff is covered by a case above', () => {
    expect(readdirSync(CORPUS).filter((f) => f.endsWith('.diff')).sort()).toEqual(
      ['addeofnewline.diff', 'empty_deleted.diff', 'empty_new.diff', 'empty_space.diff', 'nonewline.diff', 'sample.git.diff']
    );
  });
});
