import type { Problem } from '../model/problems.js';
import type { TestSink } from '../model/tests.js';
import { decodeChunks, LineTooLongError } from './stream/decode.js';
import type { Chunks, FormatKind, ParseContext, ParsedBenchmarks, ParsedCoverage, ParsedFindings, ParsedMetrics, ParsedTests, ReportFormat } from './format.js';
import { clippingSink } from './clip.js';
import { scanRoot, type RootScan } from './stream/xml-prolog.js';
import { detectFormat } from './registry.js';

const HEAD_BYTES = 4096;
const MAX_PROLOG = 1024 * 1024;

export type OpenReport = (file: string) => AsyncIterable<Uint8Array>;

/** What one report file gave: its format and the kind-specific result. */
export type ReadResult =
  | ({ kind: 'tests'; file: string; format: string } & ParsedTests)
  | ({ kind: 'coverage'; file: string; format: string } & ParsedCoverage)
  | ({ kind: 'findings'; file: string; format: string } & ParsedFindings)
  | ({ kind: 'metrics'; file: string; format: string } & ParsedMetrics)
  | ({ kind: 'benchmarks'; file: string; format: string } & ParsedBenchmarks)
  | { kind: 'unreadable'; file: string; problems: Problem[] }
  /** A report of another kind than expected (a coverage.xml caught by a test glob): not read. */
  | { kind: 'skipped'; file: string; format: string; problems: []; warnings: Problem[] };

export interface ReadOptions {
  readonly ctx: ParseContext;
  /** Where test cases go; required to read test reports. */
  readonly tests?: TestSink;
  /** An explicit format id, skipping detection. */
  readonly format?: string;
  /** The kind the caller expects (e.g. `--junit` files must be test reports). */
  readonly kind?: FormatKind;
  /**
   * A file certainly of another kind is skipped with a warning instead of being unreadable: globs
   * such as `reports/**\/*.xml` catch pytest's coverage.xml beside pytest.xml.
   */
  readonly skipOtherKinds?: boolean;
}

/** What each kind is called, and the input (action input, CLI flag) that reads it. */
const KINDS: Record<FormatKind, { readonly name: string; readonly input: string }> = {
  tests: { name: 'test report', input: 'junit (--junit)' },
  coverage: { name: 'coverage report', input: 'coverage (--coverage)' },
  findings: { name: 'SARIF log', input: 'sarif (--sarif)' },
  metrics: { name: 'metrics file', input: 'metrics (--metrics)' },
  benchmarks: { name: 'benchmark result', input: 'benchmarks (--bench)' }
};

/**
 * Opens one file, detects its format from the first 4 KiB (or takes the override) and parses it.
 * An unopenable, unrecognised or broken file comes back as located problems. Anything else thrown
 * is a bug in a parser and is thrown on: told to the user as an unreadable file it would blame
 * their report for our mistake (and a fuzz test could never see it).
 */
export async function readReport(file: string, open: OpenReport, options: ReadOptions): Promise<ReadResult> {
  try {
    const { head, chunks } = await peek(open(file));
    const detected = detectFormat(head, file, { ...(options.format ? { override: options.format } : {}), ...(options.kind ? { kind: options.kind } : {}) });
    if (!detected.ok) {
      const other = options.skipOtherKinds && !options.format && options.kind ? detectFormat(head, file) : undefined;
      if (other?.ok && options.kind) return skipped(file, other.format, options.kind);
      return unreadable(file, head.trim() === '' ? 'the file is empty' : detected.message);
    }
    return await parseWith(detected.format, file, chunks, options);
  } catch (err) {
    if (err instanceof LineTooLongError) return { kind: 'unreadable', file, problems: [{ file, line: err.line, message: err.message }] };
    const code = fileErrorCode(err);
    if (code === undefined) throw err;
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return unreadable(file, `could not be read: ${reason}`);
  }
}

/** The errno code (ENOENT, EISDIR, EACCES, EMFILE …) of an error the file system raised; undefined for anything else. */
function fileErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

async function parseWith(format: ReportFormat, file: string, chunks: Chunks, options: ReadOptions): Promise<ReadResult> {
  const base = { file, format: format.id };
  switch (format.kind) {
    case 'tests': {
      if (!options.tests) return unreadable(file, `${format.id} is a test report, but test reports are not read here`);
      return { kind: 'tests', ...base, ...(await format.parse(file, chunks, clippingSink(options.tests), options.ctx)) };
    }
    case 'coverage':
      return { kind: 'coverage', ...base, ...(await format.parse(file, chunks, options.ctx)) };
    case 'findings':
      return { kind: 'findings', ...base, ...(await format.parse(file, chunks, options.ctx)) };
    case 'metrics':
      return { kind: 'metrics', ...base, ...(await format.parse(file, chunks, options.ctx)) };
    case 'benchmarks':
      return { kind: 'benchmarks', ...base, ...(await format.parse(file, chunks, options.ctx)) };
  }
}

function skipped(file: string, format: ReportFormat, expected: FormatKind): ReadResult {
  const is = KINDS[format.kind];
  const message = `skipped: a ${format.id} ${is.name}, not a ${KINDS[expected].name}; it belongs to the ${is.input} input`;
  return { kind: 'skipped', file, format: format.id, problems: [], warnings: [{ file, message }] };
}

function unreadable(file: string, message: string): ReadResult {
  return { kind: 'unreadable', file, problems: [{ file, message }] };
}

/**
 * Reads the first 4 KiB for sniffing and hands back a stream that still starts at byte 0. An XML
 * prolog longer than that (a DOCTYPE with a large internal subset, long comments) is read on, up to
 * 1 MiB, so the root element still decides the format.
 */
export async function peek(source: AsyncIterable<Uint8Array>): Promise<{ head: string; chunks: Chunks }> {
  const it = source[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let want = HEAD_BYTES;
  let head = '';
  for (;;) {
    while (size < want) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      buffered.push(r.value);
      size += r.value.length;
    }
    head = await decodeHead(buffered, want);
    if (done || want >= MAX_PROLOG || !/^\s*</.test(head) || !isIncomplete(scanRoot(head))) break;
    want *= 2;
  }
  async function* chunks(): AsyncIterable<Uint8Array> {
    yield* buffered;
    if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, chunks: chunks() };
}

function isIncomplete(scan: RootScan): boolean {
  return scan !== undefined && 'incomplete' in scan;
}

async function decodeHead(buffered: readonly Uint8Array[], bytes: number): Promise<string> {
  let head = '';
  for await (const text of decodeChunks([Buffer.concat(buffered).subarray(0, bytes)])) head += text;
  return head;
}
