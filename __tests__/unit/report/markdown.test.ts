import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cell, code, codeBlock, codeCell, htmlText, inline, table } from '../../../src/report/markdown.js';
import { cellCount, fencedBlocks, unescapedPipes } from './md-helpers.js';

const HOSTILE = '@everyone <img src=x onerror=alert(1)> ``` | pipe';
/** Strings rich in the characters that matter to markdown and HTML. */
const markdownish = fc.string({ unit: fc.constantFrom('`', '|', '\\', '<', '>', '&', '@', 'a', 'Z', '1', ' ', '\n', '\r', '*', '_', '[', ']', '(', ')', '#', '~', '!', 'é', '😀'), maxLength: 80 });
const anyText = fc.oneof(markdownish, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

describe('inline', () => {
  it('makes a hostile test name inert: HTML escaped, mention broken, punctuation escaped', () => {
    expect(inline(HOSTILE)).toEqual('@\u200beveryone &lt;img src=x onerror=alert\\(1\\)&gt; \\`\\`\\` \\| pipe');
  });
  it.each([
    ['line breaks become spaces', 'a\r\nb\nc\rd', 'a b c d'],
    ['a backslash before a pipe stays escaped', 'a\\|b', 'a\\\\\\|b'],
    ['e-mail style @ is defused too', 'me@example.com', 'me@\u200bexample.com'],
    ['a lone @ is left alone', 'a @ b', 'a @ b'],
    ['team mentions are defused', '@acme/devs', '@\u200bacme/devs']
  ])('%s', (_label, input, output) => {
    expect(inline(input)).toEqual(output);
  });
  it('for any string, output has no raw "<", no unescaped "|" and no line break', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = inline(s);
        expect([out.includes('<'), unescapedPipes(out), /[\r\n]/.test(out)]).toEqual([false, 0, false]);
      })
    );
  });
});

describe('codeBlock', () => {
  it.each([
    ['plain text', '```', 'expected 1'],
    ['a triple-backtick run', '````', 'a\n```\nb'],
    ['a run of five', '``````', 'x `````']
  ])('%s gets the fence %s', (_label, fence, body) => {
    expect(codeBlock(body)).toEqual(`${fence}\n${body}\n${fence}`);
  });
  it('normalises CRLF so the closing fence stands on its own line', () => {
    expect(codeBlock('a\r\nb\rc', 'text')).toEqual('```text\na\nb\nc\n```');
  });
  it('for any string, ends with a fence longer than any backtick run inside, so the body cannot close it', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = codeBlock(s);
        const fence = /`+$/.exec(out)?.[0] ?? '';
        const [block] = fencedBlocks(out);
        expect([fence.length >= 3, s.includes(fence), out.startsWith(`${fence}\n`), block?.closed, block?.body]).toEqual([
          true, false, true, true, s.replace(/\r\n?/g, '\n')
        ]);
      })
    );
  });
});

describe('code and codeCell', () => {
  it.each([
    ['a path', 'src/a.ts', '`src/a.ts`'],
    ['a backtick inside', 'a`b', '``a`b``'],
    ['a backtick at the edge', '`tick', '`` `tick ``'],
    ['a line break', 'a\nb', '`a b`']
  ])('code of %s', (_label, input, output) => {
    expect(code(input)).toEqual(output);
  });
  it('codeCell escapes pipes, which GFM splits cells on even inside code', () => {
    expect(codeCell('a|b')).toEqual('`a\\|b`');
  });
});

describe('cell, htmlText and table', () => {
  it('cell cuts long text to max characters before escaping', () => {
    expect(cell('abcdefghij', 5)).toEqual('abcd…');
  });
  it('htmlText escapes HTML and mentions but leaves markdown punctuation alone (it sits inside an HTML element)', () => {
    expect(htmlText('@everyone <b>x</b> | `y`\nz')).toEqual('@\u200beveryone &lt;b&gt;x&lt;/b&gt; | `y` z');
  });
  it('a table of hostile cells keeps the header\'s number of cells in every row', () => {
    const md = table(['Name', 'Message'], [[inline(HOSTILE), cell('a | b | c')], [codeCell('x|y'), inline('\\|')]]);
    expect(md.split('\n').map(cellCount)).toEqual([2, 2, 2, 2]);
  });
});
