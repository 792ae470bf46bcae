import { describe, expect, it } from '@jest/globals';
import { jsonText, NeutralWriter, terminalText } from '../../../src/report/terminal-text.js';

describe('terminalText: printed text no runner or terminal acts on', () => {
  it.each([
    ['::set-output name=verdict::passed\n', '\\::set-output name=verdict::passed\n'],
    ['ok\n  ::add-mask::x\n\t::stop-commands::t', 'ok\n  \\::add-mask::x\n\t\\::stop-commands::t'],
    ['a ##[set-output name=x;]y', 'a #\\#[set-output name=x;]y'],
    ['x::y stays', 'x::y stays'],
    ['\u001b[31mred\u001b[0m', 'red'],
    ['\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', 'link'],
    ['\u001b]0;title\u001b\\after', 'after'],
    ['\u009b31mC1\u0085 \u202eback', 'C1 back'],
    ['line\r\n\r::warning::x', 'line\n\\::warning::x'],
    ['#\u0000#[add-mask]', '#\\#[add-mask]'],
    ['tabs\tand\nnewlines stay', 'tabs\tand\nnewlines stay']
  ])('%p → %p', (input, output) => {
    expect(terminalText(input)).toEqual(output);
  });
});

describe('jsonText: the same values, encoded so nothing acts on them', () => {
  it('escapes C1, separators, bidi controls and the # of ##[, and JSON.parse gives the values back', () => {
    const value = { name: 'a ##[add-mask]b \u0085 \u2028 \u202e \u009b31m', n: 1 };
    const text = jsonText(JSON.stringify(value));
    expect(text).not.toMatch(/##\[|[\u007f-\u009f\u2028\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('NeutralWriter: output in pieces', () => {
  const through = (pieces: string[], mode: 'text' | 'json') => {
    let out = '';
    const w = new NeutralWriter((t) => (out += t), mode);
    for (const p of pieces) w.push(p);
    w.end();
    return out;
  };
  it('a command split over two writes is still caught at its line start', () => {
    expect(through(['ok\n:', ':set-output name=x::y\n#', '#[warning]z'], 'text')).toEqual('ok\n\\::set-output name=x::y\n#\\#[warning]z');
  });
  it('a line that never ends goes out in bounded pieces, never cutting ##[ or a surrogate pair', () => {
    const long = `${'x'.repeat(70_000)}##[add-mask]${'😀'.repeat(40_000)}`;
    const written: string[] = [];
    const w = new NeutralWriter((t) => written.push(t), 'json');
    for (let i = 0; i < long.length; i += 1000) w.push(long.slice(i, i + 1000));
    w.end();
    expect(written.length).toBeGreaterThan(1);
    expect(written.every((p) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toEqual(true);
    expect(written.join('')).toEqual(long.replace('##[', '#\\u0023['));
  });
});
