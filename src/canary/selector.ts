/**
 * PromQL series selectors (`http_requests_total{code=~"5..",job="api"}`), used by a canary metric's
 * `query:` to pick series out of a saved Prometheus response. Only the selector is read, not
 * PromQL: the query that produced the file ran in Prometheus; here we only choose among its series.
 *
 * Semantics are Prometheus's: the name matches `__name__`; `=`, `!=`, `=~`, `!~`; a regex is
 * anchored at both ends; a label the series lacks has the value "" (so `{env=""}` matches series
 * without `env`). Regexes run as JavaScript regexes, which agree with RE2 on the usual patterns.
 */

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface LabelMatcher {
  readonly label: string;
  readonly op: MatchOp;
  readonly value: string;
}

export interface SeriesSelector {
  readonly text: string;
  readonly matchers: readonly LabelMatcher[];
  /** Compiled once: anchored regexes for =~ and !~. */
  readonly test: (labels: Readonly<Record<string, string>>) => boolean;
}

export type SelectorParse = { ok: true; selector: SeriesSelector } | { ok: false; error: string };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const OP = /^(=~|!~|!=|=)/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };

export function parseSelector(text: string): SelectorParse {
  const fail = (at: number, what: string): SelectorParse => ({
    ok: false,
    error: `not a series selector at character ${at + 1} of ${JSON.stringify(text)}: ${what} (e.g. http_requests_total{code=~"5..", job="api"})`
  });
  let i = skip(text, 0);
  const matchers: LabelMatcher[] = [];
  const name = NAME.exec(text.slice(i))?.[0];
  if (name) {
    matchers.push({ label: '__name__', op: '=', value: name });
    i = skip(text, i + name.length);
  }
  if (text[i] === '{') {
    i = skip(text, i + 1);
    while (text[i] !== '}') {
      const label = LABEL.exec(text.slice(i))?.[0];
      if (!label) return fail(i, i >= text.length ? 'expected "}"' : 'expected a label name');
      i = skip(text, i + label.length);
      const op = OP.exec(text.slice(i))?.[0] as MatchOp | undefined;
      if (!op) return fail(i, `expected =, !=, =~ or !~ after ${label}`);
      i = skip(text, i + op.length);
      const str = readString(text, i);
      if (!str) return fail(i, 'expected a quoted value');
      matchers.push({ label, op, value: str.value });
      i = skip(text, str.end);
      if (text[i] === ',') i = skip(text, i + 1);
      else if (text[i] !== '}') return fail(i, 'expected "," or "}"');
    }
    i = skip(text, i + 1);
  } else if (!name) return fail(i, 'expected a metric name or "{"');
  if (i < text.length) return fail(i, 'unexpected text after the selector');
  const tests: ((labels: Readonly<Record<string, string>>) => boolean)[] = [];
  for (const m of matchers) {
    const compiled = compile(m);
    if (typeof compiled === 'string') return { ok: false, error: `${JSON.stringify(text)}: ${compiled}` };
    tests.push(compiled);
  }
  return { ok: true, selector: { text, matchers, test: (labels) => tests.every((t) => t(labels)) } };
}

function compile(m: LabelMatcher): ((labels: Readonly<Record<string, string>>) => boolean) | string {
  const get = (labels: Readonly<Record<string, string>>): string => (Object.hasOwn(labels, m.label) ? labels[m.label]! : '');
  if (m.op === '=') return (labels) => get(labels) === m.value;
  if (m.op === '!=') return (labels) => get(labels) !== m.value;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${m.value})$`, 's');
  } catch (err) {
    return `the regex for ${m.label} is invalid: ${(err as Error).message}`;
  }
  return m.op === '=~' ? (labels) => re.test(get(labels)) : (labels) => !re.test(get(labels));
}

function skip(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** A "…", '…' or `…` string with Go escapes (backquotes are raw); undefined when unterminated. */
function readString(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\\' && quote !== '`' && i + 1 < text.length) {
      const next = text[++i]!;
      value += ESCAPES[next] ?? `\\${next}`; // keep regex escapes such as \. and \d intact
    } else value += c;
  }
  return undefined;
}

/** `name{a="x", b="y"}` with sorted labels: how a series is named when nothing else names it. */
export function describeSeries(labels: Readonly<Record<string, string>>): string {
  const name = labels.__name__ ?? '';
  const rest = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return rest.length || !name ? `${name}{${rest.join(', ')}}` : name;
}
