// Timing files for the shard planner: values that are not durations are left out with a located
// warning; the rest of the file still plans.
import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../src/ingest/paths.js';
import type { OpenReport } from '../../../src/ingest/read.js';
import { readTimings } from '../../../src/ingest/timings.js';

const ctx = { repo: new RepoPaths('/work/app') };
const open = (text: string): OpenReport =>
  async function* () {
    yield new TextEncoder().encode(text);
  };
const why = 'is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning';

describe('pytest-split .test_durations', () => {
  it('1e23, "0x10", "1,5", -1 and null are warned about, located, and left out; good entries stay', async () => {
    const text = '{\n "t/a.py::x": 1.5,\n "t/a.py::y": 1e23,\n "t/b.py::z": "0x10",\n "t/b.py::w": "1,5",\n "t/c.py::v": -1,\n "t/c.py::u": null,\n "t/c.py::s": 2\n}';
    const t = await readTimings('.test_durations', open(text), ctx);
    expect([t.format, [...t.cases], [...t.files], t.problems]).toEqual(['pytest-split', [['t/a.py::x', 1.5], ['t/c.py::s', 2]], [['t/a.py', 1.5], ['t/c.py', 2]], []]);
    expect(t.warnings?.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      `3:15 the time 1e+23 of “t/a.py::y” ${why}`,
      `4:15 the time “0x10” of “t/b.py::z” ${why}`,
      `5:15 the time “1,5” of “t/b.py::w” ${why}`,
      `6:15 the time -1 of “t/c.py::v” ${why}`,
      `7:15 the time null of “t/c.py::u” ${why}`
    ]);
  });
});

describe('knapsack report', () => {
  it('a file time of Infinity-like size is left out, the others kept', async () => {
    const t = await readTimings('knapsack_rspec_report.json', open('{"spec/a_spec.rb": 3.25, "spec/b_spec.rb": 1e308}'), ctx);
    expect([t.format, [...t.files], t.warnings?.length]).toEqual(['knapsack', [['spec/a_spec.rb', 3.25]], 1]);
  });
});

describe('a JUnit report as timings', () => {
  it('a test with an unreadable time is left out of the timings, with the report warning', async () => {
    const xml = '<testsuite name="s"><testcase name="a" file="a.ts" time="1"/><testcase name="b" file="b.ts" time="NaN"/></testsuite>';
    const t = await readTimings('junit.xml', open(xml), ctx);
    expect([[...t.cases], [...t.files], t.warnings?.length]).toEqual([[['a.ts::a', 1]], [['a.ts', 1]], 1]);
  });
});
