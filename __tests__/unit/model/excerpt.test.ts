import { describe, expect, it } from '@jest/globals';
import { EXCERPT_MAX, excerpt, hideExcerpts, jsonSyntaxError } from '../../../src/model/excerpt.js';

describe('excerpt: file content quoted in a message', () => {
  it.each([
    ['x', '“x”'],
    ['', '“”'],
    ['\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz', '“ extraheader = AUTHORIZATION: basic eC1…”'],
    ['a\nb\r\nc', '“a b c”'],
    ['\u001b[31mred\u001b[0m\u0007\u202e', '“[31mred[0m”'],
    ['say “hi”', '“say "hi"”'],
    [12, '“12”'],
    [[1, 'two'], '“[1,"two"]”'],
    [null, '“null”'],
    [undefined, 'nothing']
  ])('%p → %p', (value, quoted) => {
    expect(excerpt(value)).toEqual(quoted);
  });

  it(`is never longer than ${EXCERPT_MAX} characters between its quotes, however long the line`, () => {
    const quoted = excerpt(`${'\u0000'.repeat(500)}${'y'.repeat(10_000_000)}`);
    expect([quoted.length - 2 <= EXCERPT_MAX, quoted.endsWith('…”')]).toEqual([true, true]);
    expect(excerpt('😀'.repeat(100)).slice(1, -1)).toEqual(`${'😀'.repeat(EXCERPT_MAX - 1)}…`);
  });

  it('hideExcerpts keeps the message and drops every quotation, for what is posted', () => {
    const message = `DA: expected a hit count, found ${excerpt('AUTHORIZATION: basic x')} and ${excerpt('y')}`;
    expect(hideExcerpts(message)).toEqual('DA: expected a hit count, found “…” and “…”');
    expect(hideExcerpts('no quotation "here"')).toEqual('no quotation "here"');
  });

  it('jsonSyntaxError says what and where without the text V8 quotes', () => {
    const errorOf = (text: string) => {
      try {
        JSON.parse(text);
      } catch (err) {
        return jsonSyntaxError(err);
      }
      return 'parsed';
    };
    expect(errorOf('[core]\n\textraheader = secret')).toEqual('an unexpected character');
    expect(errorOf('{"schema": "pipeline-gates/hist')).toEqual('it ends too early at character 32');
  });
});
