// Our tokenizer against saxes (a conforming XML parser) on random well-formed documents: the same
// elements, attributes and text, whatever the chunking. And the errors a report reader relies on.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlSyntaxError, XmlTokenizer } from '../../../../src/ingest/stream/xml-tokenizer.js';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const name = fc.constantFrom('testsuite', 'testcase', 'failure', 'a', 'x-y', 'ns:el', 'properties');
const text = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g, ''));
const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom('name', 'time', 'file', 'message', 'a-b', 'x:y'), text), { maxLength: 4, selector: ([k]) => k });

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      name,
      attrs,
      depth > 1 ? fc.array(fc.oneof(text.map(esc), text.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`), fc.constant('<!-- c -->'), element(depth - 1)), { maxLength: 4 }) : fc.array(text.map(esc), { maxLength: 2 })
    )
    .map(([n, as, kids]) => {
      const at = as.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
      return kids.length ? `<${n}${at}>${kids.join('')}</${n}>` : `<${n}${at}/>`;
    })
);

function merge(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
    else out.push(e[0] === 'text' ? ['text', e[1]] : e);
  }
  return out.filter((e) => !(e[0] === 'text' && e[1] === ''));
}

function withSaxes(doc: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser();
  let depth = 0;
  p.on('opentag', (t) => {
    depth++;
    events.push(['open', t.name, { ...(t.attributes as Record<string, string>) }]);
  });
  p.on('closetag', (t) => {
    depth--;
    events.push(['close', t.name]);
  });
  // Whitespace outside the root is not content; saxes reports it, readers never see it.
  p.on('text', (t) => depth > 0 && events.push(['text', t]));
  p.on('cdata', (t) => events.push(['text', t]));
  p.write(doc).close();
  return merge(events);
}

function withOurs(doc: string, sizes: readonly number[] = []): Event[] {
  const events: Event[] = [];
  const t = new XmlTokenizer({
    open: (tag) => events.push(['open', tag.name, { ...tag.attributes }]),
    close: (tag) => events.push(['close', tag.name]),
    text: (s) => events.push(['text', s])
  });
  for (let i = 0, k = 0; i < doc.length; k++) {
    const size = sizes.length ? (sizes[k % sizes.length] ?? 1) : doc.length;
    t.write(doc.slice(i, i + size));
    i += size;
  }
  t.end();
  return merge(events);
}

describe('XmlTokenizer agrees with saxes on well-formed documents', () => {
  it('same events for random documents, in one piece and in random chunks', () => {
    fc.assert(
      fc.property(element(4), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 }), (root, sizes) => {
        const doc = `<?xml version="1.0"?>\n<!-- head -->\n${root}\n`;
        const expected = withSaxes(doc);
        expect(withOurs(doc)).toEqual(expected);
        expect(withOurs(doc, sizes)).toEqual(expected);
      }),
      { numRuns: 500 }
    );
  });

  it('normalises line breaks like XML: CRLF and CR read as LF, a &#13; reference stays', () => {
    expect(withOurs('<a>x\r\ny\rz&#13;</a>')).toEqual([['open', 'a', {}], ['text', 'x\ny\nz\r'], ['close', 'a']]);
    expect(withOurs('<a>x\r\ny</a>', [2, 1, 1])).toEqual([['open', 'a', {}], ['text', 'x\ny'], ['close', 'a']]);
  });
});

describe('errors are located', () => {
  const errorOf = (doc: string, sizes: readonly number[] = []) => {
    try {
      withOurs(doc, sizes);
    } catch (err) {
      if (err instanceof XmlSyntaxError) return { message: err.message, ...err.position };
      throw err;
    }
    return undefined;
  };
  it.each([
    ['a mismatched close tag', '<a>\n <b></a>', { message: 'unexpected </a>: expected </b>', line: 2, column: 5 }],
    ['an unclosed element at the end', '<a><b/>', { message: 'the file ends before </a> (unclosed element; was the file cut off?)', line: 1, column: 8 }],
    ['an unknown entity', '<a>&nbsp;</a>', { message: 'unknown entity &nbsp; (DTD entities are never expanded)', line: 1, column: 4 }],
    ['a bare ampersand', '<a>fish & chips</a>', { message: 'a bare "&": write &amp;', line: 1, column: 9 }],
    ['a second root', '<a/><b/>', { message: 'a second root element <b>: a report has one root', line: 1, column: 5 }],
    ['text outside the root', 'hello <a/>', { message: 'text outside the root element', line: 1, column: 1 }],
    ['an unquoted attribute', '<a b=1/>', { message: 'unquoted value of attribute b', line: 1, column: 6 }],
    ['"<" in an attribute value', '<a b="<"/>', { message: '"<" is not allowed in the value of attribute b', line: 1, column: 6 }],
    ['a comment never closed', '<a><!-- x', { message: 'the file ends inside a comment', line: 1, column: 4 }]
  ])('%s', (_label, doc, expected) => {
    expect(errorOf(doc)).toEqual(expected);
    expect(errorOf(doc, [1])).toEqual(expected);
  });

  it('an entity declared in the DOCTYPE is never expanded (billion laughs, XXE): it stays as written, with one warning per entity', () => {
    const doc = '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;"><!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&b;&e;&b;</x>';
    const texts: string[] = [];
    const warnings: string[] = [];
    const t = new XmlTokenizer({ open: () => undefined, close: () => undefined, text: (s) => texts.push(s), warning: (m, at) => warnings.push(`${at.line}:${at.column} ${m}`) });
    t.write(doc);
    t.end();
    expect([texts.join(''), warnings]).toEqual([
      '&b;&e;&b;',
      ['2:4 the entity &b; (declared in the DOCTYPE) is left as written: DTD entities are never expanded', '2:7 the entity &e; (declared in the DOCTYPE) is left as written: DTD entities are never expanded']
    ]);
  });

  it('hands over a huge text node in pieces, never all at once', () => {
    const pieces: number[] = [];
    const t = new XmlTokenizer({ open: () => undefined, close: () => undefined, text: (s) => pieces.push(s.length) });
    t.write('<a>');
    for (let i = 0; i < 100; i++) t.write('x'.repeat(10_000));
    t.write('</a>');
    t.end();
    expect([pieces.reduce((a, b) => a + b, 0), Math.max(...pieces)]).toEqual([1_000_000, 10_000]);
  });
});
