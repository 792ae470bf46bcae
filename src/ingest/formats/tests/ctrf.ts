import type { Problem } from '../../../model/problems.js';
import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { JsonContentError, streamJson } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import { obj, positiveInt, readProblems, str, textTestFormat, timeFields, type ReadContext } from './json-report.js';
import { toCase } from './xml-report.js';

/**
 * CTRF, the Common Test Report Format (`results.tests[]`, written by ctrf reporters for Jest,
 * Mocha, Playwright, Cypress, pytest, JUnit converters…): status passed, failed, skipped, pending
 * (skipped) or other (an error: a status we cannot read must not pass); `flaky` with a pass is a
 * flaky test; `filePath`, `line`, `suite`, `message` and `trace` as given; duration in ms.
 */
export const ctrfFormat: TestFormat = textTestFormat({
  id: 'ctrf',
  description: 'CTRF JSON (Common Test Report Format, results.tests[])',
  sniff: (head) => /"reportFormat"\s*:\s*"CTRF"/.test(head) || /^\s*\{\s*"results"\s*:\s*\{\s*"tool"\s*:/.test(head),
  read: (chunks, ctx) => readCtrf(chunks, ctx)
});

const STATUSES = new Map<string, TestStatus>([
  ['passed', 'passed'],
  ['failed', 'failed'],
  ['skipped', 'skipped'],
  ['pending', 'skipped']
]);

async function readCtrf(chunks: Chunks, ctx: ReadContext): Promise<Problem[]> {
  const read = await streamJson(ctx.file, chunks, ['$.results.tests.*'], ({ path, value, start }, locator) => {
    const t = obj(value);
    if (!t) throw new JsonContentError(`results.tests[${path[2]}] must be a test object`);
    const name = str(t.name) ?? '';
    const raw = str(t.status) ?? '';
    const status = STATUSES.get(raw) ?? 'error';
    const time = timeFields(t.duration, 1e-3, () => `test ${excerpt(name)}`, ctx.warnings, locator.locate(start));
    const suite = Array.isArray(t.suite) ? t.suite.filter((s) => typeof s === 'string').join(' › ') : (str(t.suite) ?? '');
    const message = str(t.message) ?? (STATUSES.has(raw) ? undefined : `CTRF status ${excerpt(raw)}${str(t.rawStatus) ? ` (${excerpt(str(t.rawStatus)!)})` : ''}`);
    const file = str(t.filePath);
    const fields = { suite, name, status, ...time, ...(file && { file, line: positiveInt(t.line) }), ...(message && { message }) };
    const c = toCase(fields, status === 'passed' ? undefined : str(t.trace), ctx.locator, ctx.file);
    if (status === 'passed' && (t.flaky === true || (positiveInt(t.retries) ?? 0) > 0)) c.flaky = true;
    ctx.sink.testCase(c);
  });
  return readProblems(ctx.file, read, 'results', 'a CTRF report (an object with "results")');
}
