/**
 * File content quoted in a message. A report path can be a link to a secret (.git/config holds
 * the checkout token's header, a dotenv file holds keys), and GitHub masks secrets in logs, not in
 * what we post. So a message quotes content only through `excerpt()`: at most 40 characters, no
 * control characters, between “curly quotes” that nothing else in our messages uses; and what we
 * post (PR comment, check run, job summary, JSON report) shows `hideExcerpts(message)`, which
 * keeps the quotes and drops what is between them. The log and the CLI's stderr keep the excerpt.
 */

export const EXCERPT_MAX = 40;
const OPEN = '“';
const CLOSE = '”';
const HIDDEN = `${OPEN}…${CLOSE}`;

// C0 and C1 controls, DEL, bidi overrides and isolates, zero-width and line/paragraph separators.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A clipped, inert quotation of `value` (a string as is, anything else as JSON; `nothing` for undefined). */
export function excerpt(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Bounded before any regex work: a 1 GB "line" costs no more than a short one.
  const head = Array.from(text.slice(0, EXCERPT_MAX * 4));
  const clean = Array.from(
    head
      .join('')
      .replace(/[\t\n\r]+/g, ' ')
      .replace(INVISIBLE, '')
      .replace(/[“”]/g, '"')
  );
  const clipped = clean.length > EXCERPT_MAX || text.length > EXCERPT_MAX * 4 ? `${clean.slice(0, EXCERPT_MAX - 1).join('')}…` : clean.join('');
  return `${OPEN}${clipped}${CLOSE}`;
}

/** The message with every excerpt replaced by “…”: for anything posted or uploaded. */
export function hideExcerpts(message: string): string {
  return message.includes(OPEN) ? message.replace(/“[^“”]*”/g, HIDDEN) : message;
}

/**
 * A JSON.parse error without the piece of text V8 quotes in its message ("Unexpected token 'c',
 * "[core]…" is not valid JSON"): what went wrong and where, as far as the message says.
 */
export function jsonSyntaxError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message)?.[1];
  const what = /Unexpected end|Unterminated/.test(message) ? 'it ends too early' : 'an unexpected character';
  return `${what}${at === undefined ? '' : ` at character ${Number(at) + 1}`}`;
}
