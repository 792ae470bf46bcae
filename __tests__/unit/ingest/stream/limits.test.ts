// Hostile and broken inputs end in a located error, fast, instead of minutes and gigabytes: depth
// and token limits for XML, JSON and text lines. The limits are injected small where the input
// would otherwise have to be large; inputs that must stay linear are streamed in small chunks,
// where a quadratic scan (what these replaced) would run for minutes and hit the 20 s guard.
import { describe, expect, it } from '@jest/globals';
import { readLines } from '../../../../src/ingest/stream/decode.js';
import { streamJson } from '../../../../src/ingest/stream/json-stream.js';
import { LIMITS } from '../../../../src/ingest/stream/limits.js';
import { streamXml } from '../../../../src/ingest/stream/xml-stream.js';
import { stringChunks } from '../../builders.js';

const small = { maxDepth: 50, maxToken: 1000 };
/** A hang guard, not a speed goal: linear takes well under a second, quadratic minutes. */
const GUARD = 20_000;
const noHandlers = { open: () => undefined, close: () => undefined, text: () => undefined };

async function* repeated(head: string, piece: string, times: number, tail: string): AsyncIterable<string> {
  yield head;
  for (let i = 0; i < times; i++) yield piece;
  yield tail;
}

describe('XML', () => {
  it('elements nested past the default depth limit are one located error (a 50,000-deep file)', async () => {
    const doc = `<testsuites>\n${'<testsuite>'.repeat(50_000)}`;
    const r = await streamXml('deep.xml', stringChunks(doc, 64 * 1024), noHandlers);
    expect(r.problem).toEqual({ file: 'deep.xml', line: 2, column: 11 * (LIMITS.maxDepth - 1) + 1, message: 'elements nest more than 1,000 levels deep here: a report never does' });
  });
  it('a tag longer than the token limit is an error located where the tag starts, in any chunking', async () => {
    for (const size of [7, 100, Infinity]) {
      const doc = `<a>\n  <testcase name="${'x'.repeat(5000)}"/></a>`;
      const r = await streamXml('long.xml', stringChunks(doc, size), noHandlers, { limits: small });
      expect(r.problem).toEqual({ file: 'long.xml', line: 2, column: 3, message: 'a tag (with its attribute values) longer than 1,000 characters starts here: a report never needs one this long' });
    }
  });
  it('an 8 MB attribute streamed in 1 KiB chunks is read whole (the scan stays linear)', async () => {
    let name = '';
    const chunks = repeated('<testcase name="', 'n'.repeat(1024), 8192, '"/>');
    const r = await streamXml('big.xml', chunks, { ...noHandlers, open: (tag) => void (name = tag.attributes.name ?? '') });
    expect([r.problem, name.length]).toEqual([undefined, 8 * 1024 * 1024]);
  }, GUARD);
  it('an 8 MB comment streamed in 1 KiB chunks is skipped without being held', async () => {
    const texts: string[] = [];
    const r = await streamXml('c.xml', repeated('<a><!--', '-'.repeat(1024), 8192, '-->x</a>'), { ...noHandlers, text: (t) => texts.push(t) });
    expect([r.problem, texts.join('')]).toEqual([undefined, 'x']);
  }, GUARD);
  it('a DOCTYPE longer than the token limit is a located error', async () => {
    const r = await streamXml('d.xml', stringChunks(`<!DOCTYPE x [<!-- ${'x'.repeat(2000)} -->]><x/>`, 100), noHandlers, { limits: small });
    expect(r.problem?.message).toBe('a DOCTYPE or markup declaration longer than 1,000 characters starts here: a report never needs one this long');
  });
});

describe('JSON', () => {
  it('100,000 nested arrays are one located error at the first level past the limit', async () => {
    const r = await streamJson('deep.json', stringChunks(`{"a":\n${'['.repeat(100_000)}`, 64 * 1024), undefined, () => undefined);
    expect(r.problem).toEqual({ file: 'deep.json', line: 2, column: 1000, message: 'arrays and objects nest more than 1,000 levels deep here: a report never does' });
  });
  it('a string longer than the token limit is an error located at the token before it', async () => {
    const doc = `{\n  "name": "${'y'.repeat(5000)}"}`;
    const r = await streamJson('long.json', stringChunks(doc, 100), undefined, () => undefined, { limits: small });
    expect(r.problem).toEqual({ file: 'long.json', line: 2, column: 9, message: 'a single JSON string or number longer than 1,000 characters follows: a report never needs one this long' });
  });
  it('long strings under the limit, one after another, are fine', async () => {
    const values: unknown[] = [];
    const doc = `["${'a'.repeat(900)}", "${'b'.repeat(900)}", "${'c'.repeat(900)}"]`;
    const r = await streamJson('ok.json', stringChunks(doc, 64), ['$.*'], (e) => values.push((e.value as string).length), { limits: small });
    expect([r.problem, values]).toEqual([undefined, [900, 900, 900]]);
  });
});

describe('text lines', () => {
  const lines = async (chunks: AsyncIterable<string>, limits = LIMITS) => {
    const out: [number, number][] = [];
    for await (const l of readLines(chunks, limits)) out.push([l.number, l.text.length]);
    return out;
  };
  it('an 8 MB line streamed in 1 KiB chunks is one line (linear, not rescanned per chunk)', async () => {
    expect(await lines(repeated('a\n', 'z'.repeat(1024), 8192, '\nb'))).toEqual([[1, 1], [2, 8 * 1024 * 1024], [3, 1]]);
  }, GUARD);
  it('a line past the token limit throws an error that names the line', async () => {
    await expect(lines(stringChunks(`ok\r\nok\n${'q'.repeat(3000)}\n`, 100), small)).rejects.toThrow('line 3 is longer than 1,000 characters: a line-based report never has one this long');
  });
  it('LF, CRLF and CR end lines, also when "\\r" and "\\n" arrive in different chunks', async () => {
    async function* split(): AsyncIterable<string> {
      yield 'a\r';
      yield '\nbb\r';
      yield 'ccc\n\n';
    }
    expect(await lines(split())).toEqual([[1, 1], [2, 2], [3, 3], [4, 0]]);
  });
});
