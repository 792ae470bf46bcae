import type { Problem } from '../../../model/problems.js';
import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { streamJson, type JsonLocator, type JsonPath } from '../../stream/json-stream.js';
import { obj, readProblems, str, textTestFormat, type JsonObject, type ReadContext } from './json-report.js';
import { deliverMochaTest } from './mocha-json.js';

/**
 * Mochawesome JSON (`mochawesome.json`): `results[]` of suites nested in `suites[]`, each with its
 * `tests[]` and hooks. A test's state decides (pending and skipped read as skipped); a failed
 * `before`/`after` hook is an error case, as mochawesome counts it under "other". Suites nest up to
 * MAX_NESTING levels; the file of a test is its suite's `fullFile`.
 */
export const mochawesomeFormat: TestFormat = textTestFormat({
  id: 'mochawesome',
  description: 'Mochawesome JSON (mochawesome.json, nested suites)',
  sniff: (head) => /^\s*\{\s*"stats"\s*:\s*\{/.test(head) && /"(?:passPercent|testsRegistered)"/.test(head),
  read: (chunks, ctx) => new MochawesomeReader(ctx).read(chunks)
});

const MAX_NESTING = 12;
const PATHS = Array.from({ length: MAX_NESTING + 1 }, (_, k) => `$.results.*${'.suites.*'.repeat(k)}`).flatMap((suite) => [
  `${suite}.fullFile`,
  `${suite}.tests.*`,
  `${suite}.beforeHooks.*`,
  `${suite}.afterHooks.*`
]);

class MochawesomeReader {
  /** Suite path → its file, while its tests stream. */
  private readonly files = new Map<string, string>();

  constructor(private readonly ctx: ReadContext) {}

  async read(chunks: Chunks): Promise<Problem[]> {
    const read = await streamJson(this.ctx.file, chunks, PATHS, ({ path, value, start }, locator) => {
      const field = path[path.length - 1] === 'fullFile' ? 'fullFile' : path[path.length - 2];
      if (field === 'fullFile') return void (typeof value === 'string' && this.files.set(suiteKey(path, 1), value));
      const test = obj(value);
      if (!test) return;
      const file = this.files.get(suiteKey(path, 2));
      if (field === 'tests') this.deliver(test, stateOf(test), file, start, locator);
      else if (str(test.state) === 'failed') this.deliver(test, 'error', file, start, locator);
    });
    return readProblems(this.ctx.file, read, 'results', 'a Mochawesome report (an object with "results")');
  }

  private deliver(t: JsonObject, status: TestStatus, file: string | undefined, start: number, locator: JsonLocator): void {
    deliverMochaTest(this.ctx, t, status, file, str(obj(t.err)?.estack), locator.locate(start));
  }
}

function stateOf(t: JsonObject): TestStatus {
  const state = str(t.state);
  if (state === 'passed') return 'passed';
  if (state === 'failed') return 'failed';
  return 'skipped';
}

/** The path of the suite that holds a value, `drop` keys up from it. */
function suiteKey(path: JsonPath, drop: number): string {
  return path.slice(0, path.length - drop).join('/');
}
