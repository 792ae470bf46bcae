import type { Problem } from '../model/problems.js';
import type { TestSink } from '../model/tests.js';
import { decodeChunks } from './stream/decode.js';
import type { Chunks, FormatKind, ParseContext, ParsedBenchmarks, ParsedCoverage, ParsedFindings, ParsedMetrics, ReportFormat } from './format.js';
import { detectFormat } from './registry.js';

const HEAD_BYTES = 4096;

export type OpenReport = (file: string) => AsyncIterable<Uint8Array>;

/** What one report file gave: its format and the kind-specific result. */
export type ReadResult =
  | { kind: 'tests'; file: string; format: string; problems: Problem[] }
  | ({ kind: 'coverage'; file: string; format: string } & ParsedCoverage)
  | ({ kind: 'findings'; file: string; format: string } & ParsedFindings)
  | ({ kind: 'metrics'; file: string; format: string } & ParsedMetrics)
  | ({ kind: 'benchmarks'; file: string; format: string } & ParsedBenchmarks)
  | { kind: 'unreadable'; file: string; problems: Problem[] };

export interface ReadOptions {
  readonly ctx: ParseContext;
  /** Where test cases go; required to read test reports. */
  readonly tests?: TestSink;
  /** An explicit format id, skipping detection. */
  readonly format?: string;
  /** The kind the caller expects (e.g. `--junit` files must be test reports). */
  readonly kind?: FormatKind;
}

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
    if (!detected.ok) return unreadable(file, head.trim() === '' ? 'the file is empty' : detected.message);
    return await parseWith(detected.format, file, chunks, options);
  } catch (err) {
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
      return { kind: 'tests', ...base, problems: await format.parse(file, chunks, options.tests, options.ctx) };
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

function unreadable(file: string, message: string): ReadResult {
  return { kind: 'unreadable', file, problems: [{ file, message }] };
}

/** Reads the first 4 KiB for sniffing and hands back a stream that still starts at byte 0. */
export async function peek(source: AsyncIterable<Uint8Array>): Promise<{ head: string; chunks: Chunks }> {
  const it = source[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    buffered.push(r.value);
    size += r.value.length;
  }
  let head = '';
  for await (const text of decodeChunks([Buffer.concat(buffered).subarray(0, HEAD_BYTES)])) head += text;
  async function* chunks(): AsyncIterable<Uint8Array> {
    yield* buffered;
    if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, chunks: chunks() };
}
