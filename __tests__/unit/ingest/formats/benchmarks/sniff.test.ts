import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BENCHMARK_FORMATS } from '../../../../../src/ingest/formats/benchmarks/index.js';
import { FORMATS } from '../../../../../src/ingest/registry.js';
import { FIXTURES, head } from './helpers.js';

/** Fixture folder → the format that must detect its files (custom files are never detected). */
const OWNER: Readonly<Record<string, string | undefined>> = {
  benchmarkdotnet: 'benchmarkdotnet',
  benchmarkjs: 'benchmarkjs',
  cargo: 'cargo',
  catch2: 'catch2',
  custom: undefined,
  go: 'go',
  googlecpp: 'googlecpp',
  hyperfine: 'hyperfine',
  jmh: 'jmh',
  julia: 'julia',
  luau: 'luau',
  pytest: 'pytest-benchmark',
  vitest: 'vitest-bench'
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : name.endsWith('.md') ? [] : [file];
  });
}

const claimants = (text: string, name: string) => BENCHMARK_FORMATS.filter((f) => f.sniff(text, name)).map((f) => f.id);
const ours = files(FIXTURES).map((file) => [path.relative(FIXTURES, file)] as const);

describe('sniffing', () => {
  it('the ids, in sniffing order', () => {
    expect(BENCHMARK_FORMATS.map((f) => f.id)).toEqual([
      'pytest-benchmark', 'googlecpp', 'benchmarkdotnet', 'jmh', 'julia', 'hyperfine', 'vitest-bench',
      'cargo', 'go', 'catch2', 'benchmarkjs', 'luau', 'custom-bigger', 'custom-smaller'
    ]);
    expect(BENCHMARK_FORMATS.every((f) => f.kind === 'benchmarks')).toBe(true);
  });

  it.each(ours)('%s is claimed by its own format and no other benchmark format', (relative) => {
    const owner = OWNER[relative.split(path.sep)[0]!];
    expect(claimants(head(relative), path.basename(relative))).toEqual(owner ? [owner] : []);
  });

  it.each(ours)('%s is not claimed by the project\'s other formats', (relative) => {
    const others = FORMATS.filter((f) => f.kind !== 'benchmarks');
    expect(others.filter((f) => f.sniff(head(relative), path.basename(relative))).map((f) => f.id)).toEqual([]);
  });

  it('no benchmark format claims the project\'s test, coverage, SARIF or metrics fixtures', () => {
    const others = ['tests', 'coverage', 'sarif', 'metrics'].flatMap((dir) => files(path.resolve(FIXTURES, '..', dir)));
    expect(others.length).toBeGreaterThan(20);
    const claimed = others.map((file) => [path.basename(file), claimants(readFileSync(file).subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, ''), path.basename(file))]);
    expect(claimed.filter(([, ids]) => ids!.length > 0)).toEqual([]);
  });

  it.each([
    ['go coverprofile', 'mode: set\ngithub.com/acme/x/a.go:1.1,2.2 1 1\n', 'cover.out'],
    ['JUnit quoting a go benchmark line', '<?xml version="1.0"?>\n<testsuite>\n<system-out>\nBenchmarkA-8 100 5 ns/op\n</system-out></testsuite>', 'junit.xml'],
    ['go test -json', '{"Action":"output","Output":"BenchmarkA-8 \\t 100\\t 5 ns/op\\n"}\nBenchmarkA-8 100 5 ns/op\n', 'go.json'],
    ['a metrics JSON', '{"bundle": {"value": 182.4, "unit": "KiB"}}', 'metrics.json'],
    ['a custom benchmark JSON (direction unknowable)', '[{"name": "a", "unit": "ms", "value": 1}]', 'bench.json'],
    ['cargo test without benches', 'running 1 test\ntest tests::it_works ... ok\n', 'test.txt'],
    ['lcov', 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n', 'lcov.info']
  ])('%s is claimed by no benchmark format', (_situation, text, name) => {
    expect(claimants(text, name)).toEqual([]);
  });
});
