import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { JsonContentError, streamJson, type JsonLocator } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import type { Problem } from '../../../model/problems.js';
import { obj, readProblems, str, textTestFormat, timeFields, type JsonObject, type ReadContext } from './json-report.js';
import { toCase } from './xml-report.js';

/**
 * Mocha's JSON reporter (`mocha --reporter json`), streamed: `tests[]` are the cases (a non-empty
 * `err` failed; no `duration` means pending, read as skipped), and a `failures[]` entry that is not
 * one of them is a failed hook ("before all" hook for …), an error case of its own, as mocha counts
 * it among its failures. The suite is the full title less the test's own title.
 */
export const mochaJsonFormat: TestFormat = textTestFormat({
  id: 'mocha-json',
  description: 'Mocha JSON reporter (mocha --reporter json)',
  sniff: (head) => /^\s*\{\s*"stats"\s*:\s*\{[^}]*"passes"\s*:/.test(head) && !/"(?:passPercent|testsRegistered)"/.test(head),
  read: (chunks, ctx) => new MochaReader(ctx).read(chunks)
});

/** Failed tests remembered to tell hooks apart in `failures[]`; past this, hooks may be missed. */
const MAX_REMEMBERED = 100_000;

class MochaReader {
  private readonly failed = new Set<string>();

  constructor(private readonly ctx: ReadContext) {}

  async read(chunks: Chunks): Promise<Problem[]> {
    const read = await streamJson(this.ctx.file, chunks, ['$.tests.*', '$.failures.*'], ({ path, value, start }, locator) => {
      const test = obj(value);
      if (!test) throw new JsonContentError(`${path[0]}[${path[1]}] must be a test object`);
      if (path[0] === 'tests') this.test(test, start, locator);
      else if (!this.failed.has(keyOf(test))) this.deliver(test, 'error', start, locator);
    });
    return readProblems(this.ctx.file, read, 'tests', 'a Mocha JSON report (an object with "tests")');
  }

  private test(t: JsonObject, start: number, locator: JsonLocator): void {
    const err = obj(t.err);
    const failed = err !== undefined && Object.keys(err).length > 0;
    const status: TestStatus = failed ? 'failed' : t.duration === undefined ? 'skipped' : 'passed';
    if (failed && this.failed.size < MAX_REMEMBERED) this.failed.add(keyOf(t));
    this.deliver(t, status, start, locator);
  }

  private deliver(t: JsonObject, status: TestStatus, start: number, locator: JsonLocator): void {
    deliverMochaTest(this.ctx, t, status, str(t.file), str(obj(t.err)?.stack), locator.locate(start));
  }
}

/**
 * A Mocha test object (mocha JSON, Mochawesome) as a case: the suite is the full title less the
 * test's own; the message and body only for a failure.
 */
export function deliverMochaTest(ctx: ReadContext, t: JsonObject, status: TestStatus, file: string | undefined, stack: string | undefined, at: { line?: number; column?: number } | undefined): void {
  const title = str(t.title) ?? '';
  const full = str(t.fullTitle) ?? title;
  const suite = full.endsWith(title) ? full.slice(0, full.length - title.length).trim() : '';
  const time = timeFields(t.duration, 1e-3, () => `test ${excerpt(full)}`, ctx.warnings, at);
  const message = str(obj(t.err)?.message);
  const broken = status === 'failed' || status === 'error';
  const fields = { suite, name: title, status, ...time, ...(file && { file }), ...(broken && message && { message }) };
  ctx.sink.testCase(toCase(fields, broken ? (stack ?? message) : undefined, ctx.locator, ctx.file));
}

function keyOf(t: JsonObject): string {
  return `${str(t.file) ?? ''}\u0000${str(t.fullTitle) ?? str(t.title) ?? ''}`;
}
