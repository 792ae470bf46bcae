// Properties of every benchmark parser: random or mangled text never throws, every problem names
// the file, and cutting a fixture into random chunks never changes what it reads as.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BENCHMARK_FORMATS } from '../../../../../src/ingest/formats/benchmarks/index.js';
import type { BenchmarksFormat } from '../../../../../src/ingest/format.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks } from '../../../builders.js';
import { fixtureText, FILE } from './helpers.js';

const ctx = { repo: new RepoPaths('/work/repo') };
const RUNS = 150;
const byId = (id: string): BenchmarksFormat => BENCHMARK_FORMATS.find((f) => f.id === id)!;

/** Each format with a fixture to mutate and to re-chunk. */
const SEEDS: readonly (readonly [string, string])[] = [
  ['cargo', 'cargo/libtest-nightly.txt'],
  ['go', 'go/count3-benchmem-two-packages.txt'],
  ['benchmarkjs', 'benchmarkjs/suite.txt'],
  ['catch2', 'catch2/v2-wrapped-name.txt'],
  ['luau', 'luau/colored-driver-args.txt'],
  ['pytest-benchmark', 'pytest/fib-and-sleep.json'],
  ['googlecpp', 'googlecpp/repetitions.json'],
  ['benchmarkdotnet', 'benchmarkdotnet/full.json'],
  ['jmh', 'jmh/modes.json'],
  ['julia', 'julia/estimates.json'],
  ['hyperfine', 'hyperfine/named.json'],
  ['vitest-bench', 'vitest/bench.json'],
  ['custom-smaller', 'custom/smaller.json'],
  ['custom-bigger', 'custom/bigger.json']
];

const PIECES = ['\n', '\r\n', '\t', ' ', '...', 'bench:', '(+/- ', 'ns/iter', 'Benchmark', ' x ', 'ops/sec', '±', 'SUCCESS: ', 'benchmark name  samples  iterations  estimated\n', '-----\n', '{', '}', '[', ']', ':', ',', '"', '1e999', '-1', 'NaN', '\u0000', '\ud83d'];
const noise = fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...PIECES)), { maxLength: 40 }).map((parts) => parts.join(''));

async function parse(format: BenchmarksFormat, text: string, size = Infinity) {
  return format.parse(FILE, byteChunks(text, size), ctx);
}

describe.each(SEEDS)('%s', (id, seed) => {
  const format = byId(id);
  const text = fixtureText(seed);

  it('random text never throws; every problem and warning names the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(noise, fc.tuple(fc.nat(text.length), noise).map(([i, s]) => text.slice(0, i) + s + text.slice(i))), async (input) => {
        const r = await parse(format, input);
        expect([...r.problems, ...r.warnings].every((p) => p.file === FILE && p.message.length > 0)).toBe(true);
      }),
      { numRuns: RUNS }
    );
  });

  it('any chunking of the fixture reads the same as the whole file', async () => {
    const whole = await parse(format, text);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), async (size) => {
        expect(await parse(format, text, size)).toEqual(whole);
      }),
      { numRuns: 30 }
    );
  });
});
