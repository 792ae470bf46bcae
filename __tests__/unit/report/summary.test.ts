import { describe, expect, it } from '@jest/globals';
import { emptyHistory } from '../../../src/model/history.js';
import type { TestCase } from '../../../src/model/tests.js';
import { concludeVerdict } from '../../../src/model/verdict.js';
import { renderMarkdown, renderMarkdownBytes, type ReportContext } from '../../../src/report/summary.js';
import { failedCase, gateResult, outcome, testCase } from '../builders.js';
import { cellCount, fencedBlocks, tables } from './md-helpers.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const CTX: ReportContext = { title: 'Pipeline Gates', sha: SHA, repoUrl: 'https://github.com/o/r', runUrl: 'https://github.com/o/r/actions/runs/7' };
const HOSTILE = '@everyone <img src=x onerror=alert(1)> ``` | pipe';
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const many = (n: number, make: (i: number) => TestCase) => Array.from({ length: n }, (_, i) => make(i));

describe('a small run renders in full', () => {
  it('a passing run with history: heading, gate table and footer', () => {
    const o = outcome([testCase(), testCase({ name: 'b' }), testCase({ name: 'c', status: 'skipped' })], {
      verdict: concludeVerdict([gateResult({ message: '2 passed, 1 skipped.' })]),
      previous: { ...emptyHistory('default'), runs: [] },
      historySource: 'cache key pipeline-gates-v1:default:main:6-1'
    });
    expect(renderMarkdown(o, CTX, 65_000)).toEqual(`## ✅ Pipeline Gates: passed

**3 tests**: 2 passed, 0 failed, 1 skipped · 1 report file · commit \`0123456\`

| Gate | Status | Actual | Threshold | Details |
| --- | --- | --- | --- | --- |
| \`tests\` | ✅ passed | 0 failed tests | <= 0 | 2 passed, 1 skipped. |

<sub>history: 0 earlier runs from cache key pipeline-gates-v1:default:main:6-1 · [workflow run](https://github.com/o/r/actions/runs/7)</sub>
`);
  });
  it.each([
    ['a warn gate that warned gives a warning icon but still "passed"', [gateResult({ action: 'warn', status: 'warning' })], '## ⚠️ Pipeline Gates: passed'],
    ['a blocking failure gives "failed"', [gateResult({ status: 'failed' })], '## ❌ Pipeline Gates: failed']
  ])('%s', (_label, gates, heading) => {
    const md = renderMarkdown(outcome([testCase()], { verdict: concludeVerdict(gates) }), CTX, 65_000);
    expect(md.split('\n')[0]).toEqual(heading);
  });
  it.each([
    ['one failed test is singular', { actual: 1, metric: 'failed tests' }, '| 1 failed test | <= 0 |'],
    ['a metric in three digits', { gate: 'metrics.size', metric: 'bundle.size', comparator: '<=' as const, actual: 182.4321, threshold: 200, unit: 'KB' }, '| 182 KB bundle.size | <= 200 KB |'],
    ['three digits never print a failing value as its threshold', { gate: 'metrics.size', metric: 'bundle.size', comparator: '<=' as const, actual: 200.4, threshold: 200, unit: 'KB', status: 'failed' as const }, '| 200.4 KB bundle.size | <= 200 KB |']
  ])('gate table: %s', (_label, gate, row) => {
    const md = renderMarkdown(outcome([testCase()], { verdict: concludeVerdict([gateResult(gate)]) }), CTX, 65_000);
    expect(md).toContain(row);
  });
  it.each([
    [{ title: 'T' }, '<sub>history: off</sub>'],
    [{ title: 'T', historyStore: 'local folder .history' }, '<sub>history: none yet in local folder .history</sub>'],
    [{ title: 'T', notes: ['plan skipped: no history'] }, '<sub>history: off · plan skipped: no history</sub>']
  ])('footer for %j', (ctx, footer) => {
    expect(renderMarkdown(outcome([testCase()]), ctx, 65_000).trimEnd().split('\n').at(-1)).toEqual(footer);
  });
});

describe('untrusted text renders inert', () => {
  const evil = failedCase(HOSTILE, {
    suite: 'suite | with pipe',
    message: HOSTILE,
    details: `before\n\`\`\`\n${HOSTILE}\n\`\`\`\`\` five\nafter`
  });
  const o = outcome([evil], {
    verdict: concludeVerdict([gateResult({ status: 'failed', message: `"a|b" matched no files; ${HOSTILE}`, metric: 'x | y' })]),
    problems: [{ file: 'reports/a|b.xml', line: 2, message: HOSTILE }],
    warnings: [HOSTILE]
  });
  const md = renderMarkdown(o, CTX, 65_000);
  const outsideCode = fencedBlocks(md).reduce((text, b) => text.replace(b.body, ''), md);

  it('has no raw <img outside the code block (inside it, it is shown as text)', () => {
    expect([outsideCode.includes('<img'), outsideCode.includes('&lt;img')]).toEqual([false, true]);
  });
  it('breaks every mention outside code blocks with a zero-width space', () => {
    expect([outsideCode.includes('@everyone'), outsideCode.includes('@\u200beveryone')]).toEqual([false, true]);
  });
  it('puts the failure body in a fence longer than any backtick run inside, and the fence closes', () => {
    const blocks = fencedBlocks(md);
    expect(blocks.map((b) => [b.fence.length > 5, b.closed, b.body])).toEqual([[true, true, evil.details]]);
  });
  it('keeps five cells in every gate table row despite pipes in messages', () => {
    expect(tables(md).map((t) => t.map(cellCount))).toEqual([[5, 5, 5]]);
  });
  it('with names only (tight budget) still escapes the name and message', () => {
    const tight = renderMarkdown(outcome(many(40, () => evil), { verdict: o.verdict }), CTX, 6_000);
    const items = tight.split('\n').filter((l) => l.startsWith('- ❌'));
    expect([items.length > 0, items.some((l) => l.includes('<img') || l.includes('@everyone')), items.every((l) => l.includes('\\|'))]).toEqual([true, false, true]);
  });
});

describe('budgets', () => {
  it('5,000 failures with 10 KB bodies fit a 65,000 character budget and say how many were left out', () => {
    const cases = many(5000, (i) => failedCase(`test number ${i}`, { details: `Error ${i}\n${'x'.repeat(10_000)}` }));
    const md = renderMarkdown(outcome(cases), CTX, 65_000);
    const shown = md.split('\n').filter((l) => l.startsWith('- ❌')).length;
    const more = Number(/…and (\d+) more failed tests not shown here/.exec(md)?.[1]);
    expect([md.length <= 65_000, md.includes('### Failed tests (5000)'), shown > 0, shown + more]).toEqual([true, true, true, 5000]);
  });
  it('ten failures with 10 KB bodies that do not fit at 3,000 characters each are shown with 500', () => {
    const cases = many(10, (i) => failedCase(`t${i}`, { details: `head ${i}\n${'y'.repeat(10_000)}\ntail ${i}` }));
    const md = renderMarkdown(outcome(cases), CTX, 12_000);
    const blocks = fencedBlocks(md);
    expect([md.length <= 12_000, blocks.length, blocks.every((b) => b.body.length === 500 && b.body.startsWith('head') && /tail \d$/.test(b.body))]).toEqual([true, 10, true]);
  });
  it('renderMarkdownBytes keeps multi-byte names and bodies within the byte limit', () => {
    const cases = many(300, (i) => failedCase(`测试😀${'名'.repeat(60)} ${i}`, { details: '错误🚨'.repeat(3000) }));
    const md = renderMarkdownBytes(outcome(cases), CTX, 50_000);
    expect([bytes(md) <= 50_000, md.includes('### Failed tests (300)'), md.includes('测试😀')]).toEqual([true, true, true]);
  });
  it('renderMarkdownBytes with a limit under 1,024 bytes still keeps within it', () => {
    // The loop returns as soon as the character budget is below 1024, fitting or not.
    const md = renderMarkdownBytes(outcome([failedCase('测试'.repeat(200))], { warnings: ['警告'.repeat(300)] }), { title: '标题' }, 1000);
    expect(bytes(md) <= 1000).toEqual(true);
  });
});

describe('links to failing lines', () => {
  const whereLine = (file: string | undefined, line: number | undefined, ctx: ReportContext = CTX) => {
    const md = renderMarkdown(outcome([failedCase('t', { file, line })]), ctx, 65_000);
    return md.split('\n').find((l) => /^(\[`|`[^`])/.test(l));
  };
  it.each([
    ['a repo-relative file with a line', 'src/a.test.ts', 7, `[\`src/a.test.ts:7\`](https://github.com/o/r/blob/${SHA}/src/a.test.ts#L7)`],
    ['a file without a line', 'src/a.test.ts', undefined, `[\`src/a.test.ts\`](https://github.com/o/r/blob/${SHA}/src/a.test.ts)`],
    ['segments needing URL encoding', 'src/my dir/a#1?.ts', 3, `[\`src/my dir/a#1?.ts:3\`](https://github.com/o/r/blob/${SHA}/src/my%20dir/a%231%3F.ts#L3)`],
    ['Windows separators', 'src\\win\\a.ts', 2, `[\`src\\win\\a.ts:2\`](https://github.com/o/r/blob/${SHA}/src/win/a.ts#L2)`],
    ['an absolute POSIX path', '/home/runner/work/r/src/a.ts', 7, '`/home/runner/work/r/src/a.ts:7`'],
    ['an absolute Windows path', 'C:\\work\\a.ts', 7, '`C:\\work\\a.ts:7`'],
    ['a path climbing out of the repo', '../other/a.ts', 7, '`../other/a.ts:7`']
  ])('%s', (_label, file, line, expected) => {
    expect(whereLine(file, line)).toEqual(expected);
  });
  it('no link without a commit to point at', () => {
    expect(whereLine('src/a.ts', 4, { title: 'T', repoUrl: 'https://github.com/o/r' })).toEqual('`src/a.ts:4`');
  });
  it('no location line at all when the report gives no file', () => {
    expect(whereLine(undefined, 4)).toEqual(undefined);
  });
});

describe('history-mode benchmarks', () => {
  const row = (name: string, verdict: 'watching' | 'insufficient' | 'unchanged', reason: string, detectable?: number) => ({
    name, verdict, mode: 'history' as const, unit: 'ns', direction: 'smaller-is-better' as const, ratio: 1.4, ci: null, pValue: 1e-4, qValue: 1e-3,
    samples: { base: 20, head: 1 }, strong: false, reason, ...(detectable !== undefined ? { detectable } : {})
  });
  it('a watched benchmark comes right after regressions, with its reason under the table; an unchanged one has none', () => {
    const comparisons = [
      row('steady', 'unchanged', 'not significant'),
      row('parse | fast', 'watching', 'watching: 40% worse (q = 0.001 ≤ 0.01, at least 3%); the next default-branch 2 runs confirm it (or show a one-run spike)', 1.2),
      row('render', 'insufficient', 'insufficient evidence: 6% worse, but one run cannot tell that from this benchmark\'s own noise', 1.45)
    ];
    const gate = gateResult({ gate: 'performance', category: 'performance', metric: 'regressed benchmarks', message: 'No regression.' });
    const md = renderMarkdown(outcome([testCase()], { verdict: concludeVerdict([gate]), performance: { gate, comparisons } }), CTX, 65_000);
    const body = tables(md).find((t) => t[0]!.startsWith('| Benchmark |'))!;
    expect(body.slice(2).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual(['| parse \\| fast | 👀 watching', '| render | ❔ insufficient', '| steady | ▫️ unchanged']);
    expect(md).toContain('<details><summary>Watching and inconclusive (2)</summary>\n\n- 👀 parse \\| fast: watching: 40% worse \\(q = 0.001 ≤ 0.01, at least 3%\\); the next default-branch 2 runs confirm it \\(or show a one-run spike\\)\n- ❔ render: insufficient evidence: 6% worse');
  });
});
