import type { BetterDirection } from '../../../model/benchmarks.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, EntryError, num, numbers, optStr, readJsonEntries, Sink, str, type Obj } from './common.js';
import { result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * github-action-benchmark's `customBiggerIsBetter` / `customSmallerIsBetter` JSON: an array of
 * `{name, unit, value, range?, extra?}` that users write themselves.
 *
 * The two tools share one shape and differ only in direction, which no content can tell. So they
 * are two formats, `custom-bigger` and `custom-smaller` (one-to-one with the action's `tool:`
 * values, so a migration is a rename), and neither is ever detected from content: a file detected
 * as the wrong one would gate every benchmark the wrong way round, silently. The user names it
 * (`reports.formats` / `--format`), as they named the tool before.
 *
 * Additions, ignored by github-action-benchmark and harmless to it: an entry may carry its own
 * `direction` ("bigger-is-better" / "smaller-is-better", overriding the format's), so one file can
 * mix both kinds; and `samples`, an array of numbers in `unit`. `range` may be a number (it is then
 * written as a string, as github-action-benchmark shows it).
 */
function customFormat(id: string, direction: BetterDirection, tool: string): BenchmarksFormat {
  return {
    id,
    kind: 'benchmarks',
    description: `github-action-benchmark ${tool} JSON: [{name, unit, value, range?, extra?}], ${direction}; never detected, name it`,
    sniff: () => false,
    parse: (file, chunks) => parseCustom(file, chunks, direction)
  };
}

export const customBiggerFormat = customFormat('custom-bigger', 'bigger-is-better', 'customBiggerIsBetter');
export const customSmallerFormat = customFormat('custom-smaller', 'smaller-is-better', 'customSmallerIsBetter');

const EXPECTED = 'a JSON array of {"name", "unit", "value"} objects';
const DIRECTIONS: readonly string[] = ['bigger-is-better', 'smaller-is-better'] satisfies BetterDirection[];

async function parseCustom(file: string, chunks: Chunks, direction: BetterDirection): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.*'], root: 'array', expected: EXPECTED }, ({ value }) => {
    const entry = asObject(value, 'the benchmark');
    const samples = entry.samples === undefined ? undefined : numbers(entry.samples);
    if (entry.samples !== undefined && !samples) throw new EntryError('samples: expected a non-empty array of numbers');
    const range = entry.range === undefined || entry.range === null ? undefined : typeof entry.range === 'number' ? String(entry.range) : str(entry, 'range');
    sink.benchmarks.push(
      result({
        name: str(entry, 'name'),
        value: num(entry, 'value'),
        unit: str(entry, 'unit'),
        ...(range !== undefined && { range }),
        ...(entry.extra !== undefined && entry.extra !== null && { extra: str(entry, 'extra') }),
        direction: ownDirection(entry) ?? direction,
        ...(samples && { samples })
      })
    );
  });
  return sink.done(EXPECTED);
}

function ownDirection(entry: Obj): BetterDirection | undefined {
  const own = optStr(entry, 'direction');
  if (own !== undefined && !DIRECTIONS.includes(own)) throw new EntryError(`direction: expected "bigger-is-better" or "smaller-is-better", found ${excerpt(own)}`);
  return own as BetterDirection | undefined;
}
