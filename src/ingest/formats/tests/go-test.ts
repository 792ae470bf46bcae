import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { readLines } from '../../stream/decode.js';
import { BoundedText } from '../../stream/text.js';
import { excerpt } from '../../../model/excerpt.js';
import { obj, str, textTestFormat, timeFields, type ReadContext } from './json-report.js';
import { MAX_DETAILS, toCase } from './xml-report.js';

/**
 * `go test -json` (test2json), also gotestsum's `--jsonfile`: one JSON event per line. Every test
 * with a result counts, a parent of subtests too (as gotestsum and go test count them); a subtest
 * is named by its full path (`TestDivide/by_zero`, what `-run` takes) and its package is the suite.
 * A failing test's output, less go's own `=== RUN`/`--- FAIL` lines, is its failure body, where
 * `calc_test.go:25:` gives file and line. A package that fails with no failing test (a build error,
 * a crash in TestMain or a timeout) is one error case, as are tests it left without a result.
 */
export const goTestFormat: TestFormat = textTestFormat({
  id: 'go-test-json',
  description: 'go test -json (test2json) and gotestsum --jsonfile event streams',
  sniff: (head) => /^\s*\{[^\n]*"Action"\s*:\s*"(?:start|run|output|pass|fail|skip|pause|cont)"/.test(head) && /"(?:Package|Test)"\s*:/.test(head.split('\n', 1)[0] ?? ''),
  read: (chunks, ctx) => new GoReader(ctx).read(chunks)
});

const RESULTS = new Map<string, TestStatus>([
  ['pass', 'passed'],
  ['fail', 'failed'],
  ['skip', 'skipped']
]);
/** go's own framing lines, which only repeat the test's name and result. */
const FRAMING = /^\s*(?:=== (?:RUN|PAUSE|CONT|NAME)\s|--- (?:PASS|FAIL|SKIP):\s)/;

interface Running {
  readonly output: BoundedText;
}

interface Package {
  readonly running: Map<string, Running>;
  readonly output: BoundedText;
  failedTests: number;
}

class GoReader {
  private readonly packages = new Map<string, Package>();
  private notJson = 0;

  constructor(private readonly ctx: ReadContext) {}

  async read(chunks: Chunks): Promise<[]> {
    for await (const { text, number } of readLines(chunks)) {
      if (text.trim() === '') continue;
      const event = this.parse(text, number);
      if (event) this.accept(event, number);
    }
    for (const [name, pkg] of this.packages) this.endPackage(name, pkg, undefined);
    if (this.notJson) this.ctx.warnings.add(`${this.notJson} lines were not go test -json events (plain go output mixed in?) and were skipped`);
    return [];
  }

  private parse(text: string, line: number): Record<string, unknown> | undefined {
    try {
      const event = obj(JSON.parse(text));
      if (event && typeof event.Action === 'string') return event as Record<string, unknown>;
    } catch {
      // counted below
    }
    if (++this.notJson === 1) this.ctx.warnings.add(`not a go test -json event: ${excerpt(text)}`, { line });
    return undefined;
  }

  private accept(e: Record<string, unknown>, line: number): void {
    const name = str(e.Package) ?? '';
    const pkg = this.packages.get(name) ?? this.open(name);
    const test = str(e.Test);
    const action = e.Action as string;
    if (test === undefined) {
      if (action === 'output') pkg.output.append(str(e.Output) ?? '');
      else if (action === 'pass' || action === 'fail' || action === 'skip') this.endPackage(name, pkg, { action, elapsed: e.Elapsed, line });
      return;
    }
    if (action === 'run') pkg.running.set(test, { output: new BoundedText(MAX_DETAILS) });
    else if (action === 'output') this.running(pkg, test).output.append(str(e.Output) ?? '');
    else {
      const status = RESULTS.get(action);
      if (status) this.result(name, pkg, test, status, e.Elapsed, line);
    }
  }

  private open(name: string): Package {
    const pkg: Package = { running: new Map(), output: new BoundedText(MAX_DETAILS), failedTests: 0 };
    this.packages.set(name, pkg);
    return pkg;
  }

  private running(pkg: Package, test: string): Running {
    let r = pkg.running.get(test);
    if (!r) pkg.running.set(test, (r = { output: new BoundedText(MAX_DETAILS) }));
    return r;
  }

  private result(pkgName: string, pkg: Package, test: string, status: TestStatus, elapsed: unknown, line: number): void {
    const output = pkg.running.get(test)?.output.toString() ?? '';
    pkg.running.delete(test);
    if (status === 'failed') pkg.failedTests++;
    const time = timeFields(elapsed, 1, () => `test ${excerpt(test)}`, this.ctx.warnings, { line });
    const body = status === 'passed' ? undefined : cleanOutput(output);
    this.deliver({ suite: pkgName, name: test, classname: pkgName, status, ...time }, body);
  }

  /** A failed package with no failed test, or tests that never got a result: errors of their own. */
  private endPackage(name: string, pkg: Package, end: { action: string; elapsed: unknown; line: number } | undefined): void {
    this.packages.delete(name);
    for (const [test, r] of pkg.running) {
      this.deliver({ suite: name, name: test, classname: name, status: 'error', seconds: 0, message: 'no result: the test binary stopped while it ran (a panic, a timeout or a kill)' }, cleanOutput(r.output.toString()));
    }
    if (end?.action === 'fail' && pkg.failedTests === 0 && pkg.running.size === 0) {
      const body = cleanOutput(pkg.output.toString());
      this.deliver({ suite: name, name: '[package failed]', classname: name, status: 'error', seconds: 0, message: failureLine(body) ?? 'the package failed without a failing test (a build error, TestMain or init)' }, body);
    }
  }

  private deliver(fields: Parameters<typeof toCase>[0], body: string | undefined): void {
    this.ctx.sink.testCase(toCase(fields, body, this.ctx.locator, this.ctx.file));
  }
}

/** The output without go's framing lines, its 4-space test indentation removed. */
function cleanOutput(output: string): string | undefined {
  const lines = output.split('\n').filter((l) => !FRAMING.test(l));
  const text = lines.map((l) => (l.startsWith('    ') ? l.slice(4) : l)).join('\n').trim();
  return text || undefined;
}

/** For a package: the first line that is neither go's `# pkg` header nor its `FAIL pkg` summary. */
function failureLine(body: string | undefined): string | undefined {
  return body?.split('\n').find((l) => l.trim() && !/^(?:FAIL|ok|#)\s/.test(l) && l.trim() !== 'FAIL');
}
