import { describe, expect, it } from '@jest/globals';
import { luauFormat } from '../../../../../src/ingest/formats/benchmarks/luau.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('luau bench.py', () => {
  it('coloured SUCCESS lines, a name with a space, a driver with arguments; the table after them is not read', async () => {
    const { benchmarks, problems } = await parseFixture(luauFormat, 'luau/colored-driver-args.txt', 9);
    expect(rows(benchmarks)).toEqual([
      ['fannkuch', 1203.552, 'ms', 'smaller', 0],
      ['n-body', 74.107, 'ms', 'smaller', 0],
      ['string ops', 8.25, 'ms', 'smaller', 0]
    ]);
    expect(benchmarks.map((b) => [b.range, b.extra])).toEqual([
      ['±0.842%', 'luau -O2'],
      ['±1.306%', 'luau -O2'],
      ['±12.500%', 'luau -O2']
    ]);
    expect(normalised(benchmarks)[0]).toEqual(['fannkuch', 's', 1.203552]);
    expect(problems).toEqual([]);
  });

  it('a SUCCESS line that does not read is a located problem', async () => {
    const { problems } = await parseText(luauFormat, 'SUCCESS: a : 1.000ms +/- 0.1% on luau\nSUCCESS: b : n/a\n');
    expect(located(problems)).toEqual(['2:1 expected "SUCCESS: <name> : <value><unit> +/- <deviation>% on <driver>", found “SUCCESS: b : n/a”']);
  });
});
