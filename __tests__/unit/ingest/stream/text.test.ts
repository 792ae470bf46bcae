import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BoundedText, clipMiddle } from '../../../../src/ingest/stream/text.js';

describe('clipMiddle', () => {
  it('leaves text within the limit untouched', () => {
    expect(clipMiddle('short trace', 11)).toEqual('short trace');
  });
  it('cuts the middle of a long trace to exactly the limit, keeping both ends', () => {
    const text = `Error: boom\n${'frame\n'.repeat(1000)}at main`;
    const out = clipMiddle(text, 200);
    expect([out.length, out.startsWith('Error: boom'), out.endsWith('at main'), out.includes(`… ${text.length - 200} characters cut …`)]).toEqual([200, true, true, true]);
  });
});

describe('BoundedText', () => {
  it('keeps everything while under the limit', () => {
    const t = new BoundedText(10);
    t.append('abc');
    t.append('def');
    expect(t.toString()).toEqual('abcdef');
  });
  it('keeps the first and last half of a long stream and counts the dropped middle', () => {
    const t = new BoundedText(10);
    for (const c of '0123456789abcdefghij') t.append(c);
    expect(t.toString()).toEqual('01234\n… 10 characters cut …\nfghij');
  });
  it('gives the same text however the stream is split into appends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 10 }), fc.integer({ min: 2, max: 64 }), (text, cuts, max) => {
        const whole = new BoundedText(max);
        whole.append(text);
        const pieces = new BoundedText(max);
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          pieces.append(text.slice(at, Math.max(at, cut)));
          at = Math.max(at, cut);
        }
        pieces.append(text.slice(at));
        expect(pieces.toString()).toEqual(whole.toString());
      })
    );
  });
});
