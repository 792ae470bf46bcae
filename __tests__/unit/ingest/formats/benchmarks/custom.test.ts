import { describe, expect, it } from '@jest/globals';
import { customBiggerFormat, customSmallerFormat } from '../../../../../src/ingest/formats/benchmarks/custom.js';
import { head, located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('github-action-benchmark custom JSON', () => {
  it('custom-smaller: the format gives the direction unless an entry gives its own; samples and units are read', async () => {
    const { benchmarks, problems } = await parseFixture(customSmallerFormat, 'custom/smaller.json', 40);
    expect(rows(benchmarks)).toEqual([
      ['cold start', 412.5, 'ms', 'smaller', 7],
      ['bundle size', 182.4, 'KiB', 'smaller', 0],
      ['cache hit rate', 93.1, '%', 'bigger', 0]
    ]);
    expect(benchmarks[0]).toMatchObject({ range: '± 11.2', extra: '7 runs' });
    expect(normalised(benchmarks)).toEqual([
      ['cold start', 's', 0.4125],
      ['bundle size', 'B', 186777.6],
      ['cache hit rate', 'ratio', 0.931]
    ]);
    expect(problems).toEqual([]);
  });

  it('custom-bigger: the same shape, bigger-is-better; a numeric range is written as a string', async () => {
    const { benchmarks } = await parseFixture(customBiggerFormat, 'custom/bigger.json');
    expect(benchmarks.map((b) => [b.name, b.direction, b.range])).toEqual([
      ['throughput', 'bigger-is-better', '35'],
      ['p99 latency', 'smaller-is-better', undefined]
    ]);
  });

  it('neither is ever detected from content: the direction cannot be read from it', () => {
    expect([customBiggerFormat.sniff(head('custom/bigger.json'), 'bigger.json'), customSmallerFormat.sniff(head('custom/smaller.json'), 'smaller.json')]).toEqual([false, false]);
  });

  it.each([
    ['a missing value', '[{"name": "a", "unit": "ms"}]', '1:2 [0]: value: expected a number, found nothing'],
    ['a quoted value', '[{"name": "a", "unit": "ms", "value": "3"}]', '1:2 [0]: value: expected a number, found the string “3”'],
    ['an unknown direction', '[{"name": "a", "unit": "ms", "value": 3, "direction": "lower"}]', '1:2 [0]: direction: expected "bigger-is-better" or "smaller-is-better", found “lower”'],
    ['samples with a string', '[{"name": "a", "unit": "ms", "value": 3, "samples": [1, "2"]}]', '1:2 [0]: samples: expected a non-empty array of numbers']
  ])('%s is a located problem; the next entry still counts', async (_situation, json, problem) => {
    const { benchmarks, problems } = await parseText(customSmallerFormat, json.replace(/]$/, ', {"name": "b", "unit": "ms", "value": 1}]'));
    expect(benchmarks.map((b) => b.name)).toEqual(['b']);
    expect(located(problems)).toEqual([problem]);
  });
});
