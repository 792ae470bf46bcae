import { readLines } from '../../stream/decode.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { isPlainText, Sink } from './common.js';
import { result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Luau's benchmark runner (`bench/bench.py`): one line per benchmark,
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * the mean in ms, the relative 95% confidence interval (the standard deviation without scipy) as
 * range (`±0.636%`), and the driver (the VM with its arguments) as extra. The summary table that
 * follows repeats the same numbers and is not read. `SUCCESS` is coloured on a terminal, so ANSI
 * colour codes are dropped first. github-action-benchmark splits the line on white space, so a
 * name or driver with a space breaks it; here the name runs up to the " : " column and the driver
 * to the end of the line.
 */
export const luauFormat: BenchmarksFormat = {
  id: 'luau',
  kind: 'benchmarks',
  description: 'Luau bench.py output ("SUCCESS: name : 15.041ms +/- 0.636% on luau")',
  sniff: (head) => isPlainText(head) && /^(?:\x1b\[[\d;]*m)*SUCCESS(?:\x1b\[[\d;]*m)*: .+: +[\d.]+[a-zµ]+ \+\/- +[\d.]+% on \S/m.test(head),
  parse: parseLuau
};

const LINE = /^SUCCESS: (.+?)\s*: +(\d*\.?\d+)([a-zµ]+) \+\/- +(\d*\.?\d+%) on (.+?)\s*$/;
const ANSI = /\x1b\[[\d;]*m/g;
const EXPECTED = 'lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau"';

async function parseLuau(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  for await (const line of readLines(chunks)) {
    const { number } = line;
    const text = line.text.replace(ANSI, '');
    if (!text.startsWith('SUCCESS:')) continue;
    const m = LINE.exec(text);
    if (!m) {
      sink.problem(`expected "SUCCESS: <name> : <value><unit> +/- <deviation>% on <driver>", found ${excerpt(text)}`, { line: number, column: 1 });
      continue;
    }
    const [, name = '', value = '', unit = '', deviation = '', driver = ''] = m;
    sink.benchmarks.push(result({ name, value: Number(value), unit, range: `±${deviation}`, extra: driver }));
  }
  return sink.done(EXPECTED);
}
