import type { Problem } from '../../../model/problems.js';
import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { JsonContentError, streamJson } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import { obj, positiveInt, readProblems, str, textTestFormat, timeFields, type ReadContext } from './json-report.js';
import { toCase } from './xml-report.js';

/**
 * RSpec's JSON formatter (`rspec --format json`): each example with its status (pending, which
 * covers `skip` and unimplemented examples, reads as skipped), `file_path` and `line_number`, the
 * exception's class, message and backtrace. Errors outside of examples (a spec file that failed to
 * load) are listed nowhere else, so they become one error case.
 */
export const rspecJsonFormat: TestFormat = textTestFormat({
  id: 'rspec-json',
  description: 'RSpec JSON (rspec --format json)',
  sniff: (head) => /^\s*\{\s*"version"\s*:\s*"\d+\.\d+\.\d+"\s*,\s*(?:"seed"\s*:\s*\d+\s*,\s*)?(?:"messages"\s*:\s*\[[^\]]*\]\s*,\s*)?"examples"\s*:/.test(head),
  read: (chunks, ctx) => readRspec(chunks, ctx)
});

const STATUSES = new Map<string, TestStatus>([
  ['passed', 'passed'],
  ['failed', 'failed'],
  ['pending', 'skipped']
]);

async function readRspec(chunks: Chunks, ctx: ReadContext): Promise<Problem[]> {
  const read = await streamJson(ctx.file, chunks, ['$.examples.*', '$.summary'], ({ path, value, start }, locator) => {
    const e = obj(value);
    if (path[0] === 'summary') return outsideErrors(e, ctx);
    if (!e) throw new JsonContentError(`examples[${path[1]}] must be an example object`);
    const name = str(e.description) ?? '';
    const full = str(e.full_description) ?? name;
    const raw = str(e.status) ?? '';
    const status = STATUSES.get(raw) ?? 'error';
    const exception = obj(e.exception);
    const time = timeFields(e.run_time, 1, () => `example ${excerpt(full)}`, ctx.warnings, locator.locate(start));
    const message = status === 'skipped' ? str(e.pending_message) : (str(exception?.message) ?? (STATUSES.has(raw) ? undefined : `unknown RSpec status ${excerpt(raw)}`));
    const suite = full.endsWith(name) ? full.slice(0, full.length - name.length).trim() : '';
    const file = str(e.file_path);
    const backtrace = Array.isArray(exception?.backtrace) ? exception.backtrace.filter((l) => typeof l === 'string').join('\n') : undefined;
    const body = exception ? [str(exception.class), str(exception.message), backtrace].filter(Boolean).join('\n') : undefined;
    const fields = { suite, name, status, ...time, ...(file && { file, line: positiveInt(e.line_number) }), ...(message && { message: message.trim() }), type: str(exception?.class) };
    ctx.sink.testCase(toCase(fields, status === 'failed' || status === 'error' ? body : undefined, ctx.locator, ctx.file));
  });
  return readProblems(ctx.file, read, 'examples', 'an RSpec JSON report (an object with "examples")');
}

function outsideErrors(summary: ReturnType<typeof obj>, ctx: ReadContext): void {
  const count = positiveInt(summary?.errors_outside_of_examples_count);
  if (!count) return;
  const message = `${count} error${count > 1 ? 's' : ''} occurred outside of examples (a spec file that failed to load, a before(:suite) hook)`;
  ctx.sink.testCase(toCase({ suite: '', name: '[errors outside of examples]', status: 'error', seconds: 0, message }, undefined, ctx.locator, ctx.file));
}
