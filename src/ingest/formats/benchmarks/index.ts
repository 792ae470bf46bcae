import type { BenchmarksFormat } from '../../format.js';
import { benchmarkdotnetFormat } from './benchmarkdotnet.js';
import { benchmarkjsFormat } from './benchmarkjs.js';
import { cargoFormat } from './cargo.js';
import { catch2Format } from './catch2.js';
import { customBiggerFormat, customSmallerFormat } from './custom.js';
import { goFormat } from './go.js';
import { googlecppFormat } from './googlecpp.js';
import { hyperfineFormat } from './hyperfine.js';
import { jmhFormat } from './jmh.js';
import { juliaFormat } from './julia.js';
import { luauFormat } from './luau.js';
import { pytestFormat } from './pytest.js';
import { vitestFormat } from './vitest.js';

/**
 * Every benchmark tool's output, in sniffing order: JSON reports recognised by keys only their
 * tool writes, then text outputs by line patterns only their tool prints (none of which claims a
 * file that starts like XML or JSON). The two custom formats come last and are never detected:
 * their direction cannot be read from content, so they must be named.
 */
export const BENCHMARK_FORMATS: readonly BenchmarksFormat[] = [
  pytestFormat,
  googlecppFormat,
  benchmarkdotnetFormat,
  jmhFormat,
  juliaFormat,
  hyperfineFormat,
  vitestFormat,
  cargoFormat,
  goFormat,
  catch2Format,
  benchmarkjsFormat,
  luauFormat,
  customBiggerFormat,
  customSmallerFormat
];
