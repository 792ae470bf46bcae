import { describe, expect, it } from '@jest/globals';
import type { Chunks } from '../../../../../src/ingest/format.js';
import { junitFormat } from '../../../../../src/ingest/formats/tests/junit.js';
import { parseSeconds } from '../../../../../src/ingest/seconds.js';
import { byteChunks, stringChunks } from '../../../builders.js';
import { collect } from '../../collect.js';

const FILE = 'reports/unit.xml';
const read = (chunks: Chunks) => collect(junitFormat, FILE, chunks);
const parse = (xml: string) => read(stringChunks(xml));
/** One testcase inside a bare testsuite, for tests about a single case. */
const oneCase = (inner: string, attrs = '') =>
  parse(`<testsuite name="s"><testcase name="t"${attrs}>${inner}</testcase></testsuite>`);

const DOC = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="all">
  <testsuite name="Übersicht 😀" file="src/ü.test.ts" time="1.5">
    <testcase name="naïve café ✓" classname="c" time="0.25" line="12"/>
    <testcase name="emoji 🚀 fails" time="1,234.5">
      <failure message="expected 😀 to be 🚀">stack ü
  at x</failure>
    </testcase>
    <testcase name="skipped one"><skipped/></testcase>
  </testsuite>
</testsuites>
`;
const DOC_RESULT = {
  cases: [
    { suite: 'Übersicht 😀', name: 'naïve café ✓', classname: 'c', status: 'passed', durationSeconds: 0.25, file: 'src/ü.test.ts', line: 12, reportFile: FILE },
    { suite: 'Übersicht 😀', name: 'skipped one', status: 'skipped', durationSeconds: 0, file: 'src/ü.test.ts', reportFile: FILE },
    // A failed case waits in its suite for a possible rerun of the same test, so it comes out when
    // the suite closes, after the cases that passed or were skipped.
    { suite: 'Übersicht 😀', name: 'emoji 🚀 fails', status: 'failed', durationSeconds: 1234.5, file: 'src/ü.test.ts', message: 'expected 😀 to be 🚀', details: 'stack ü\n  at x', reportFile: FILE }
  ],
  suites: [{ name: 'Übersicht 😀', file: 'src/ü.test.ts', durationSeconds: 1.5, reportFile: FILE }],
  problems: [],
  warnings: [],
  declared: []
};

describe('chunk boundaries do not change the result', () => {
  it.each([1, 7, Infinity])('string chunks of %p characters read the same three cases', async (size) => {
    expect(await read(stringChunks(DOC, size))).toEqual(DOC_RESULT);
  });
  it.each([1, 7, Infinity])('byte chunks of %p bytes read the same three cases', async (size) => {
    expect(await read(byteChunks(DOC, size))).toEqual(DOC_RESULT);
  });
  it('a byte chunk that ends in the middle of a 4-byte emoji still decodes the name', async () => {
    const bytes = new TextEncoder().encode(DOC);
    const cut = Buffer.from(bytes).indexOf(Buffer.from('🚀')) + 2;
    async function* twoHalves(): AsyncIterable<Uint8Array> {
      yield bytes.subarray(0, cut);
      yield bytes.subarray(cut);
    }
    expect(await read(twoHalves())).toEqual(DOC_RESULT);
  });
  it('a UTF-8 BOM before the declaration is ignored, as string or as bytes', async () => {
    expect(await read(stringChunks(`\uFEFF${DOC}`))).toEqual(DOC_RESULT);
    expect(await read(byteChunks(`\uFEFF${DOC}`, 1))).toEqual(DOC_RESULT);
  });
  it('CRLF line endings give the same details as LF', async () => {
    expect(await parse(DOC.replace(/\n/g, '\r\n'))).toEqual(DOC_RESULT);
  });
});

describe('document shape', () => {
  it('a bare <testsuite> root reads like one wrapped in <testsuites>', async () => {
    const inner = '<testsuite name="s"><testcase name="a"/><testcase name="b"/></testsuite>';
    const bare = await parse(inner);
    expect(bare).toEqual(await parse(`<testsuites>${inner}</testsuites>`));
    expect(bare.cases.map((c) => [c.suite, c.name])).toEqual([['s', 'a'], ['s', 'b']]);
  });
  it('nested suites give each case its innermost suite name and close inner suites first', async () => {
    const r = await parse(`<testsuites>
      <testsuite name="outer" file="outer.ts">
        <testsuite name="inner"><testcase name="deep"/></testsuite>
        <testcase name="shallow"/>
      </testsuite>
    </testsuites>`);
    expect(r.cases.map((c) => [c.suite, c.name, c.file])).toEqual([['inner', 'deep', 'outer.ts'], ['outer', 'shallow', 'outer.ts']]);
    expect(r.suites.map((s) => s.name)).toEqual(['inner', 'outer']);
  });
  it('file comes from the testcase, else the suite (file or filepath); line only when positive', async () => {
    const r = await parse(`<testsuites>
      <testsuite name="a" file="a.ts"><testcase name="own" file="own.ts" line="7"/><testcase name="inherits" line="0"/></testsuite>
      <testsuite name="b" filepath="b.ts"><testcase name="via filepath" line="abc"/></testsuite>
      <testsuite name="c"><testcase name="no file"/></testsuite>
    </testsuites>`);
    expect(r.cases.map((c) => [c.name, c.file, c.line])).toEqual([
      ['own', 'own.ts', 7],
      ['inherits', 'a.ts', undefined],
      ['via filepath', 'b.ts', undefined],
      ['no file', undefined, undefined]
    ]);
  });
});

describe('outcomes: error outranks failure outranks skipped, in any order', () => {
  it.each([
    ['nothing inside', 'passed', undefined, ''],
    ['a failure', 'failed', 'boom', '<failure message="boom"/>'],
    ['an error', 'error', 'crash', '<error message="crash"/>'],
    ['a skip', 'skipped', 'flaky', '<skipped message="flaky"/>'],
    ['skipped then failure', 'failed', 'f', '<skipped message="s"/><failure message="f"/>'],
    ['failure then skipped', 'failed', 'f', '<failure message="f"/><skipped message="s"/>'],
    ['failure then error', 'error', 'e', '<failure message="f"/><error message="e"/>'],
    ['error then failure', 'error', 'e', '<error message="e"/><failure message="f"/>'],
    ['error then skipped', 'error', 'e', '<error message="e"/><skipped message="s"/>']
  ])('%s → status %s, message %p', async (_label, status, message, inner) => {
    const [c] = (await oneCase(inner)).cases;
    expect([c?.status, c?.message]).toEqual([status, message]);
  });
});

describe('message and details', () => {
  it('the message attribute wins and only its first line is kept', async () => {
    const [c] = (await oneCase('<failure message="line one&#10;line two">body</failure>')).cases;
    expect([c?.message, c?.details]).toEqual(['line one', 'body']);
  });
  it('without a message attribute the message is the first non-blank line of the body', async () => {
    const [c] = (await oneCase('<failure>\n   AssertionError: expected 1 to be 2\n    at add (math.ts:3:7)\n</failure>')).cases;
    expect([c?.message, c?.details]).toEqual(['AssertionError: expected 1 to be 2', 'AssertionError: expected 1 to be 2\n    at add (math.ts:3:7)']);
  });
  it('CDATA bodies are kept verbatim, markup and ampersands included', async () => {
    const [c] = (await oneCase('<error><![CDATA[<b>raw</b> & stuff\nline 2]]></error>')).cases;
    expect([c?.status, c?.message, c?.details]).toEqual(['error', '<b>raw</b> & stuff', '<b>raw</b> & stuff\nline 2']);
  });
  it('system-out text next to a failure is not mixed into the details', async () => {
    const [c] = (await oneCase('<system-out>log line</system-out><failure message="m">trace</failure><system-err>err</system-err>')).cases;
    expect(c?.details).toEqual('trace');
  });
  it('a 3 MB failure body keeps its first and last 32 KiB and says how much was cut', async () => {
    const body = `HEAD-MARK${'x'.repeat(3 * 1024 * 1024)}TAIL-MARK`;
    const xml = `<testsuite><testcase name="huge"><failure>${body}</failure></testcase></testsuite>`;
    const [c] = (await read(byteChunks(xml, 64 * 1024))).cases;
    const note = `\n… ${body.length - 64 * 1024} characters cut …\n`;
    expect(c?.details?.length).toEqual(64 * 1024 + note.length);
    expect([c?.details?.startsWith('HEAD-MARK'), c?.details?.endsWith('TAIL-MARK'), c?.details?.includes(note)]).toEqual([true, true, true]);
  });
  it('a passing case with an element named like an Object.prototype member (<constructor>) gets no message', async () => {
    // junit.ts checks `tag.name in OUTCOME`, which is true for "constructor", "toString", "__proto__"...
    const [c] = (await oneCase('<constructor>hello</constructor>')).cases;
    expect([c?.status, c?.message, c?.details]).toEqual(['passed', undefined, undefined]);
  });
});

describe('durations', () => {
  it.each([
    ['0.25', 0.25],
    [' 3 ', 3],
    ['1e-3', 0.001],
    ['1,234.5', 1234.5],
    ['12,345.5', 12345.5],
    ['1,234,567.5', undefined],
    [undefined, 0],
    ['', 0],
    ['1e23', undefined],
    ['0x10', undefined],
    ['1,5', undefined],
    ['0,25', undefined],
    ['1,234', undefined],
    ['-2', undefined],
    ['abc', undefined],
    ['NaN', undefined],
    ['Infinity', undefined]
  ])('time=%p reads as %p seconds (undefined: not a duration)', (raw, seconds) => {
    expect(parseSeconds(raw)).toEqual(seconds);
  });
  it('a time that is not a duration is a located warning; the test counts with its time unknown, and the suite sums the rest', async () => {
    const r = await parse('<testsuite name="s" time="-1">\n<testcase name="a" time="1,234.5"/>\n<testcase name="b" time="0x10"/><testcase name="c"/></testsuite>');
    expect(r.cases.map((c) => [c.name, c.durationSeconds, c.timeUnknown])).toEqual([['a', 1234.5, undefined], ['b', 0, true], ['c', 0, undefined]]);
    expect([r.suites[0]?.durationSeconds, r.problems]).toEqual([1234.5, []]);
    expect(r.warnings).toEqual([
      { file: FILE, line: 1, column: 31, message: 'the time “-1” of suite “s” is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning' },
      { file: FILE, line: 3, column: 33, message: 'the time “0x10” of test “b” is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning' }
    ]);
  });
});

describe('unreadable documents', () => {
  it('an HTML page instead of a report is one problem naming the element, with its line', async () => {
    expect(await parse('<?xml version="1.0"?>\n<html><body><testcase name="x"/></body></html>')).toEqual({
      cases: [],
      suites: [],
      problems: [{ file: FILE, line: 2, column: 7, message: 'expected a JUnit <testsuites> or <testsuite> root element, found <html>' }],
      warnings: [],
      declared: []
    });
  });
  it('malformed XML keeps the cases before the error and reports line and column', async () => {
    const r = await parse('<testsuite name="s">\n  <testcase name="a"/>\n  <testcase name="b" time=1/>\n  <testcase name="c"/>\n</testsuite>');
    expect(r).toEqual({
      cases: [{ suite: 's', name: 'a', status: 'passed', durationSeconds: 0, reportFile: FILE }],
      suites: [],
      problems: [{ file: FILE, line: 3, column: 27, message: 'unquoted value of attribute time' }],
      warnings: [],
      declared: []
    });
  });
  it('a mismatched close tag does not count the unclosed testcase or the suite it cut short', async () => {
    const r = await parse('<testsuite name="s">\n<testcase name="a"/>\n<testcase name="b">\n</testsuite>\n');
    expect([r.cases.map((c) => c.name), r.suites, r.problems]).toEqual([['a'], [], [{ file: FILE, line: 4, column: 1, message: 'unexpected </testsuite>: expected </testcase>' }]]);
  });
  it('a file truncated inside the suite keeps every case that was closed (trailing newline)', async () => {
    const r = await parse('<testsuite name="s"><testcase name="a"/><testcase name="b"/>\n');
    expect([r.cases.map((c) => c.name), r.problems.map((p) => p.message)]).toEqual([['a', 'b'], ['the file ends before </testsuite> (unclosed element; was the file cut off?)']]);
  });
  it('a file truncated right after a closed testcase (no trailing byte) keeps that testcase', async () => {
    // The tokenizer reports the unclosed root at the very position of the last "/>": the close
    // event of case "b" must still be delivered before that error, or "b" is lost.
    const r = await parse('<testsuite name="s"><testcase name="a"/><testcase name="b"/>');
    expect(r.cases.map((c) => c.name)).toEqual(['a', 'b']);
  });
  it('an empty file is one problem and no cases', async () => {
    const r = await parse('');
    expect([r.cases, r.problems.length, r.problems[0]?.file]).toEqual([[], 1, FILE]);
  });
  it('an empty file is reported as empty or cut off', async () => {
    expect((await parse('')).problems).toEqual([{ file: FILE, message: 'no XML element found: the file is empty or was cut off' }]);
  });
});

describe('hostile documents are inert', () => {
  it('a billion-laughs DOCTYPE does not expand: the entity stays literal with a located warning, the case counts', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
      + '\n<testsuite><testcase name="a"><failure>&lol2;</failure></testcase></testsuite>';
    const r = await parse(xml);
    expect([r.cases.map((c) => [c.name, c.status, c.message]), r.problems, r.warnings, JSON.stringify(r).includes('lollol')]).toEqual([
      [['a', 'failed', '&lol2;']],
      [],
      [{ file: FILE, line: 2, column: 40, message: 'the entity &lol2; (declared in the DOCTYPE) is left as written: DTD entities are never expanded' }],
      false
    ]);
  });
  it('an external entity is never read from disk: &xxe; stays as written', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
      + '<testsuite><testcase name="a"><failure>&xxe;</failure></testcase><testcase name="b"/></testsuite>';
    const r = await parse(xml);
    expect([r.cases.map((c) => [c.name, c.status, c.message]), r.problems, r.warnings.map((w) => w.message), JSON.stringify(r).includes('root:')]).toEqual([
      [['b', 'passed', undefined], ['a', 'failed', '&xxe;']],
      [],
      ['the entity &xxe; (declared in the DOCTYPE) is left as written: DTD entities are never expanded'],
      false
    ]);
  });
  it('"]>" inside a comment of the internal subset does not end the DOCTYPE', async () => {
    const r = await parse('<!DOCTYPE x [<!-- ]> --><!ENTITY a "]>">]><testsuite><testcase name="t"/></testsuite>');
    expect([r.cases.map((c) => c.name), r.problems]).toEqual([['t'], []]);
  });
  it('without a DOCTYPE an unknown entity is an error, located', async () => {
    const r = await parse('<testsuite>\n<testcase name="&nope;"/></testsuite>');
    expect(r.problems).toEqual([{ file: FILE, line: 2, column: 17, message: 'unknown entity &nope; (DTD entities are never expanded)' }]);
  });
});

describe('repeated runs of one test', () => {
  const suite = (name: string, cases: string) => `<testsuite name="${name}">${cases}</testsuite>`;
  it('the same classname+name twice in one suite, without retry evidence, are two runs', async () => {
    const r = await parse(suite('s', '<testcase classname="C" name="t" time="1"><failure message="m"/></testcase><testcase classname="C" name="other"/><testcase classname="C" name="t" time="2"/>'));
    expect(r.cases.map((c) => [c.name, c.status, c.flaky, c.durationSeconds])).toEqual([
      ['other', 'passed', undefined, 0],
      ['t', 'failed', undefined, 1],
      ['t', 'passed', undefined, 2]
    ]);
  });
  it.each(['retry="1"', 'rerun="1"', 'attempt="2"'])('a failure and a later pass marked %s are one flaky test, oldest attempt first', async (mark) => {
    const r = await parse(suite('s', `<testcase classname="C" name="t" time="1"><failure message="m"/></testcase><testcase classname="C" name="other"/><testcase classname="C" name="t" time="2" ${mark}/>`));
    expect(r.cases.map((c) => [c.name, c.status, c.flaky, c.durationSeconds, c.attempts?.map((a) => a.status)])).toEqual([
      ['other', 'passed', undefined, 0, undefined],
      ['t', 'passed', true, 3, ['failed', 'passed']]
    ]);
  });
  it('testcases without a name are separate runs, each counted', async () => {
    const r = await parse(suite('s', '<testcase/><testcase><failure/></testcase><testcase/>'));
    expect(r.cases.map((c) => c.status).sort()).toEqual(['failed', 'passed', 'passed']);
  });
  it('the same name in another suite, or with another classname, is another test', async () => {
    const r = await parse(`<testsuites>${suite('a', '<testcase classname="C" name="t"><failure/></testcase><testcase classname="D" name="t"/>')}${suite('b', '<testcase classname="C" name="t"/>')}</testsuites>`);
    expect(r.cases.map((c) => [c.suite, c.classname, c.status, c.attempts])).toEqual([
      ['a', 'C', 'failed', undefined],
      ['a', 'D', 'passed', undefined],
      ['b', 'C', 'passed', undefined]
    ]);
  });
  it('flakyFailure then a pass is flaky; failure then rerunFailures stays failed with every attempt', async () => {
    const r = await parse(suite('s', '<testcase name="f" time="1"><flakyFailure message="first" time="0.5"><stackTrace>trace</stackTrace><system-out>out</system-out></flakyFailure></testcase>'
      + '<testcase name="r" time="1"><failure message="one"/><rerunFailure message="two" time="2"/><rerunError message="three" time="3"/></testcase>'));
    expect(r.cases.map((c) => [c.name, c.status, c.flaky, c.durationSeconds, c.message, c.attempts])).toEqual([
      ['f', 'passed', true, 1.5, undefined, [{ status: 'failed', durationSeconds: 0.5, message: 'first', details: 'trace' }, { status: 'passed', durationSeconds: 1 }]],
      ['r', 'failed', undefined, 6, 'one', [
        { status: 'failed', durationSeconds: 1, message: 'one' },
        { status: 'failed', durationSeconds: 2, message: 'two' },
        { status: 'error', durationSeconds: 3, message: 'three' }
      ]]
    ]);
  });
  it('a suite with more failures than are held for merging still delivers every one', async () => {
    const cases = Array.from({ length: 300 }, (_, i) => `<testcase name="t${i}"><failure/></testcase>`).join('');
    const r = await parse(suite('s', cases));
    expect([r.cases.length, new Set(r.cases.map((c) => c.name)).size, r.cases.every((c) => c.status === 'failed')]).toEqual([300, 300, true]);
  });
  it('a failed case read before the file was cut off still counts, though its suite never closed', async () => {
    const r = await parse('<testsuite name="s"><testcase name="a"><failure message="m"/></testcase><testcase name="b"/>\n');
    expect([r.cases.map((c) => [c.name, c.status]), r.suites, r.problems.length]).toEqual([[['b', 'passed'], ['a', 'failed']], [], 1]);
  });
});

describe('dialect details', () => {
  it.each([
    ['gtest status="notrun"', 'status="notrun"', 'skipped'],
    ['gtest result="suppressed"', 'status="run" result="suppressed"', 'skipped'],
    ['gtest result="skipped"', 'result="skipped"', 'skipped'],
    ['disabled="true"', 'disabled="true"', 'skipped'],
    ['Catch2/Bazel status="run"', 'status="run"', 'passed']
  ])('%s → %s', async (_label, attrs, status) => {
    const [c] = (await oneCase('', ` ${attrs}`)).cases;
    expect(c?.status).toEqual(status);
  });
  it('a case marked not-run that holds a failure is failed', async () => {
    const [c] = (await oneCase('<failure message="m"/>', ' status="notrun"')).cases;
    expect([c?.status, c?.message]).toEqual(['failed', 'm']);
  });
  it('a suite without a time attribute takes the sum of its cases and child suites', async () => {
    const r = await parse('<testsuite name="outer"><testsuite name="inner" time="2"><testcase name="a" time="0.5"/></testsuite><testcase name="b" time="0.1"/><testcase name="c" time="0.2"/></testsuite>');
    expect(r.suites.map((s) => [s.name, s.durationSeconds])).toEqual([['inner', 2], ['outer', 2.3]]);
  });
  it('a suite names a file when all its cases share one', async () => {
    const r = await parse('<testsuites><testsuite name="same"><testcase name="a" file="x.ts"/><testcase name="b"/><testcase name="c" file="x.ts"/></testsuite><testsuite name="mixed"><testcase name="a" file="x.ts"/><testcase name="b" file="y.ts"/></testsuite></testsuites>');
    expect(r.suites.map((s) => [s.name, s.file])).toEqual([['same', 'x.ts'], ['mixed', undefined]]);
  });
});

describe('sniffing', () => {
  it.each([
    ['<testsuites>', true],
    ['<?xml version="1.0"?>\n<!-- made by X -->\n<testsuite name="a">', true],
    ['\uFEFF<testsuite/>', true],
    ['<!DOCTYPE testsuite [<!ENTITY x "y">]>\n<testsuite>', true],
    ['<testsuitesX>', false],
    ['<!-- <testsuite> -->\n<test-run>', false],
    ['<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">', false],
    ['<assemblies>', false],
    ['{"testsuites": []}', false],
    ['', false]
  ])('%p → %p', (head, claimed) => {
    expect(junitFormat.sniff(head, 'report.xml')).toEqual(claimed);
  });
});
