/**
 * Test keys: the names the planner balances. A key is a repo-relative file (`tests/a_test.py`,
 * `spec/models/user_spec.rb`) or a pytest node id (`tests/a_test.py::TestX::test_y[1]`). Pure
 * string handling, so the shell can list tests from a command's output or a file and match them
 * with timings recorded on another machine.
 */
import { RepoPaths } from '../ingest/paths.js';
import type { TimingSnapshot } from './types.js';

/**
 * Repo-relative key for a path or node id written by a tool: absolute runner paths, `./`,
 * `file://` URIs and Windows separators are handled by the same rules as coverage paths. Only the
 * file part is touched: a case id such as `test_url[http://x]` keeps its characters.
 */
export function normalizeTestPath(raw: string, root: string): string {
  const trimmed = raw.trim();
  const cut = trimmed.indexOf('::');
  const file = cut < 0 ? trimmed : trimmed.slice(0, cut);
  const rest = cut < 0 ? '' : trimmed.slice(cut);
  return new RepoPaths(root).place(file).path + rest;
}

/** The file a key belongs to: `path::Class::test` → `path`; a file key is its own file. */
export function fileOf(key: string): string {
  const cut = key.indexOf('::'); // a Windows drive (`C:`) has one colon, never two
  return cut < 0 ? key : key.slice(0, cut);
}

/** The folder of a key's file (`''` for a file at the root). */
export function folderOf(key: string): string {
  const file = fileOf(key);
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/**
 * A case-level snapshot summed per file. When the caller knows suite times (JUnit `<testsuite
 * time>`), a file counts max(suite, sum of cases): set-up and fixtures run outside the cases, and
 * a file's shard pays for them too.
 */
export function aggregateToFiles(snapshot: TimingSnapshot, suiteSeconds?: ReadonlyMap<string, number>): Map<string, number> {
  const files = new Map<string, number>();
  for (const [key, seconds] of snapshot) {
    const file = fileOf(key);
    files.set(file, (files.get(file) ?? 0) + seconds);
  }
  for (const [file, seconds] of suiteSeconds ?? []) {
    files.set(file, Math.max(files.get(file) ?? 0, seconds));
  }
  return files;
}

// pytest `--collect-only -q` trailers: "12 tests collected in 0.3s", "1 test collected, 2 errors
// in 0.1s", "no tests ran in 0.01s", "no tests collected".
const PYTEST_TRAILER = /^(\d+ tests? collected\b|\d+\/\d+ tests? collected\b|no tests (ran|collected)\b)/;
// `=== warnings summary ===` and friends: pytest's report sections, which follow the list.
const PYTEST_SECTION = /^={3,}.*={3,}$/;
// `--collect-only -qq` prints one file per line with its count: `tests/test_a.py: 12`.
const PYTEST_FILE_COUNT = /^(.+\.py): \d+$/;
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Test keys from a command's output or a list file: one per line; blank lines and `#` comments
 * skipped; pytest's `--collect-only -q`/`-qq` output and `jest --listTests` (absolute paths, or
 * its `--json` array) understood. With `root`, each key is made repo-relative. Duplicates are
 * dropped, first occurrence kept.
 */
export function parseTestList(text: string, root?: string): string[] {
  const seen = new Set<string>();
  for (const raw of listLines(text)) {
    const line = raw.replace(ANSI, '').trim();
    if (line === '' || line.startsWith('#') || PYTEST_TRAILER.test(line)) continue;
    if (PYTEST_SECTION.test(line)) break;
    const key = PYTEST_FILE_COUNT.exec(line)?.[1] ?? line;
    seen.add(root === undefined ? key : normalizeTestPath(key, root));
  }
  return [...seen];
}

/** Lines of the text, or the strings of a JSON array (`jest --listTests --json`). */
function listLines(text: string): readonly string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
    } catch {
      // not JSON after all: read it line by line
    }
  }
  return text.split(/\r?\n|\r/);
}
