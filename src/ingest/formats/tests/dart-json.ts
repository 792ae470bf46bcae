import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { readLines } from '../../stream/decode.js';
import { BoundedText } from '../../stream/text.js';
import { excerpt } from '../../../model/excerpt.js';
import { obj, positiveInt, str, textTestFormat, timeFields, type JsonObject, type ReadContext } from './json-report.js';
import { MAX_DETAILS, toCase } from './xml-report.js';

/**
 * Dart and Flutter's JSON event stream (`dart test --reporter json`, `flutter test --machine`,
 * `--file-reporter json:FILE`): one event per line. A test is read from its testStart to its
 * testDone (success, failure or error; `skipped` skips). Hidden tests (the "loading file" pseudo
 * test, setUpAll/tearDownAll) are not counted unless they failed: a file that does not compile
 * fails only its loading test. The suite is the test file; the failure is the test's error events.
 */
export const dartJsonFormat: TestFormat = textTestFormat({
  id: 'dart-json',
  description: 'Dart/Flutter JSON reporter (dart test --reporter json, flutter test --machine)',
  sniff: (head) => /^\s*\{[^\n]*"protocolVersion"\s*:[^\n]*"type"\s*:\s*"start"/.test(head) || /^\s*\{[^\n]*"type"\s*:\s*"start"[^\n]*"protocolVersion"/.test(head),
  read: (chunks, ctx) => new DartReader(ctx).read(chunks)
});

const RESULTS = new Map<string, TestStatus>([
  ['success', 'passed'],
  ['failure', 'failed'],
  ['error', 'error']
]);

interface Running {
  readonly name: string;
  readonly suite: string;
  readonly line?: number;
  readonly started: unknown;
  readonly skipReason?: string;
  readonly errors: BoundedText;
  message?: string;
}

class DartReader {
  private readonly suites = new Map<number, string>();
  private readonly running = new Map<number, Running>();
  private notJson = 0;

  constructor(private readonly ctx: ReadContext) {}

  async read(chunks: Chunks): Promise<[]> {
    for await (const { text, number } of readLines(chunks)) {
      if (!text.trim()) continue;
      const event = this.parse(text, number);
      if (event) this.accept(event, number);
    }
    for (const [, r] of this.running) this.deliver(r, 'error', undefined, 'no testDone: the run stopped while the test ran', undefined);
    if (this.notJson > 1) this.ctx.warnings.add(`${this.notJson} lines were not Dart JSON events and were skipped`);
    return [];
  }

  private parse(text: string, line: number): JsonObject | undefined {
    try {
      const event = obj(JSON.parse(text));
      if (event) return event;
    } catch {
      // counted below
    }
    if (++this.notJson === 1) this.ctx.warnings.add(`not a Dart JSON event: ${excerpt(text)}`, { line });
    return undefined;
  }

  private accept(e: JsonObject, line: number): void {
    const type = str(e.type);
    if (type === 'suite') {
      const suite = obj(e.suite);
      if (typeof suite?.id === 'number') this.suites.set(suite.id, (str(suite.path) ?? '').replace(/\\/g, '/'));
    } else if (type === 'testStart') this.start(obj(e.test), e.time);
    else if (type === 'error') this.error(e);
    else if (type === 'testDone') this.done(e, line);
  }

  private start(test: JsonObject | undefined, time: unknown): void {
    if (!test || typeof test.id !== 'number') return;
    const suite = typeof test.suiteID === 'number' ? (this.suites.get(test.suiteID) ?? '') : '';
    // A test defined in a helper file has its own url; root_line is where the test file calls it.
    const line = positiveInt(test.root_line) ?? positiveInt(test.line);
    const skipReason = str(obj(test.metadata)?.skipReason);
    this.running.set(test.id, { name: str(test.name) ?? '', suite, line, started: time, ...(skipReason && { skipReason }), errors: new BoundedText(MAX_DETAILS) });
  }

  private error(e: JsonObject): void {
    const r = typeof e.testID === 'number' ? this.running.get(e.testID) : undefined;
    if (!r) return;
    const error = str(e.error) ?? '';
    r.message ??= error;
    r.errors.append(`${r.errors.toString() ? '\n\n' : ''}${error}\n${str(e.stackTrace) ?? ''}`);
  }

  private done(e: JsonObject, line: number): void {
    const id = e.testID;
    const r = typeof id === 'number' ? this.running.get(id) : undefined;
    if (!r || typeof id !== 'number') return;
    this.running.delete(id);
    const result = RESULTS.get(str(e.result) ?? '') ?? 'error';
    const status: TestStatus = e.skipped === true && result === 'passed' ? 'skipped' : result;
    if (e.hidden === true && status === 'passed') return;
    const elapsed = typeof e.time === 'number' && typeof r.started === 'number' ? e.time - r.started : undefined;
    this.deliver(r, status, elapsed, undefined, line);
  }

  private deliver(r: Running, status: TestStatus, elapsedMs: number | undefined, note: string | undefined, line: number | undefined): void {
    const time = timeFields(elapsedMs, 1e-3, () => `test ${excerpt(r.name)}`, this.ctx.warnings, line === undefined ? undefined : { line });
    const body = r.errors.toString().trim() || undefined;
    const message = note ?? (status === 'skipped' ? r.skipReason : r.message);
    const fields = { suite: r.suite, name: r.name, status, ...time, ...(r.suite && { file: r.suite, line: r.line }), ...(message && { message }) };
    this.ctx.sink.testCase(toCase(fields, status === 'passed' ? undefined : body, this.ctx.locator, this.ctx.file));
  }
}
