// Property-based fuzzing of every parser in the registry: mutated fixtures (truncations, deletions,
// insertions of markup characters, duplicated slices, invalid UTF-8) and random chunk splits.
// Properties: a parse never throws, never hangs, and returns located problems or a result, whose
// messages never carry an engine error (a TypeError from a parser bug must surface as a failure
// here, not reach users as "unreadable report"); and splitting a good file into random chunks
// never changes what it reads as.
// `npm test` runs FUZZ_RUNS (default 200) cases per parser and property; `npm run fuzz` 100,000.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { RepoPaths } from '../../src/ingest/paths.js';
import { readReport, type ReadResult } from '../../src/ingest/read.js';
import { detectFormat, FORMATS } from '../../src/ingest/registry.js';
import { TestCollector } from '../../src/model/test-summary.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PER_CASE_MS = 5000;
jest.setTimeout(Math.max(60_000, RUNS * 50));

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const ctx = { repo: new RepoPaths('/work/repo') };

const UNDETECTED: Readonly<Record<string, string>> = {
  'custom-bigger': 'benchmarks/custom/bigger.json',
  'custom-smaller': 'benchmarks/custom/smaller.json'
};

/** Every fixture file, grouped by the format it is detected as. */
function seedsByFormat(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!/\.md$/.test(name) && !(dir.includes(`${path.sep}tests${path.sep}`) && name.endsWith('.txt'))) {
        const text = readFileSync(file, 'utf8');
        const d = detectFormat(text.slice(0, 4096), name);
        if (d.ok) out.set(d.format.id, [...(out.get(d.format.id) ?? []), text]);
      }
    }
  };
  for (const dir of ['tests', 'coverage', 'sarif', 'metrics', 'benchmarks']) walk(path.join(FIXTURES, dir));
  // Formats that are never detected (the user names them), seeded from their own fixtures.
  for (const [format, file] of Object.entries(UNDETECTED)) out.set(format, [readFileSync(path.join(FIXTURES, file), 'utf8')]);
  return out;
}

const SEEDS = seedsByFormat();
const NASTY = ['<', '>', '"', "'", '&', '&#0;', '&bogus;', ']]>', '<![CDATA[', '<!--', '-->', '<?xml ?>', '<!DOCTYPE x [<!ENTITY a "b">]>', '{', '}', '[', ']', ',', ':', '"\\u', '\\', '\n', '\r', '\r\n', '\u0000', '\uffff', '\ud83d', '😀', 'NaN', '-1', '1e999', 'SF:', 'DA:1,', 'end_of_record', 'mode: set\n'];

const mutation = (text: string) =>
  fc.oneof(
    fc.nat(text.length).map((i) => text.slice(0, i)),
    fc.tuple(fc.nat(text.length), fc.nat(64)).map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    fc.tuple(fc.nat(text.length), fc.constantFrom(...NASTY)).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(200)).map(([i, j, n]) => text.slice(0, i) + text.slice(j, j + n) + text.slice(i)),
    fc.tuple(fc.nat(text.length), fc.string({ maxLength: 40 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i + s.length))
  );

/** Bytes of `text` (or raw bytes) cut into chunks at the given sizes. */
async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  let i = 0;
  for (let k = 0; i < bytes.length; k++) {
    const size = sizes.length ? (sizes[k % sizes.length] ?? 1) : bytes.length;
    yield bytes.subarray(i, i + size);
    i += size;
  }
}

async function parseAs(format: string, bytes: Uint8Array, sizes: readonly number[]): Promise<{ result: ReadResult; tests: unknown }> {
  const collector = new TestCollector();
  const run = readReport('fuzz/input', () => chunked(bytes, sizes), { ctx, tests: collector, format });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${format}: no answer within ${PER_CASE_MS} ms`)), PER_CASE_MS);
  });
  try {
    const result = await Promise.race([run, timeout]);
    return { result, tests: collector.summary() };
  } finally {
    clearTimeout(timer);
  }
}

/** What JavaScript says when our code, not the file, is wrong. */
const ENGINE_ERROR = /\b(TypeError|ReferenceError|RangeError|InternalError)\b|Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length/;

/** `input` is what was parsed: a problem may quote it (a test named "throws a TypeError"), never our own errors. */
function checkShape({ result }: { result: ReadResult }, input: string): void {
  for (const p of 'problems' in result ? result.problems : []) {
    expect(typeof p.message).toBe('string');
    const engine = ENGINE_ERROR.exec(p.message)?.[0];
    if (engine !== undefined && !input.includes(engine)) expect(p.message).toBe('a message without engine error text');
    expect(p.file).toBe('fuzz/input');
    if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
  }
  if (result.kind === 'coverage') {
    for (const f of result.report.files) for (const hits of f.lines.values()) expect(Number.isFinite(hits) && hits >= 0).toBe(true);
  }
}

const encoder = new TextEncoder();
const chunkSizes = fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 8 });

describe.each(FORMATS.map((f) => [f.id]))('%s parser', (format) => {
  const seeds = SEEDS.get(format) ?? [];

  it('has fixtures to fuzz from', () => expect(seeds.length).toBeGreaterThan(0));

  it('never throws or hangs on mutated input', async () => {
    if (!seeds.length) return;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(mutation), chunkSizes, async (text, sizes) => {
        checkShape(await parseAs(format, encoder.encode(text), sizes), text);
      }),
      { numRuns: RUNS }
    );
  });

  it('never throws on random bytes (invalid UTF-8, binary)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), chunkSizes, async (bytes, sizes) => {
        checkShape(await parseAs(format, bytes, sizes), new TextDecoder().decode(bytes));
      }),
      { numRuns: Math.ceil(RUNS / 4) }
    );
  });

  it('reads the same whatever the chunk boundaries', async () => {
    if (!seeds.length) return;
    const whole = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), chunkSizes, async (i, sizes) => {
        const bytes = encoder.encode(seeds[i] ?? '');
        const key = String(i);
        if (!whole.has(key)) whole.set(key, stable(await parseAs(format, bytes, [])));
        expect(stable(await parseAs(format, bytes, sizes))).toEqual(whole.get(key));
      }),
      { numRuns: Math.ceil(RUNS / 2) }
    );
  });
});

/** A comparable rendering of a parse: Maps become entries, so two reads compare by value. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
}
