/**
 * Everything that comes from a report (test names, messages, paths) is untrusted text. These
 * helpers make it inert in GitHub-flavoured markdown: no HTML, no @mentions, no broken tables or
 * code fences. Renderers must pass every user-controlled string through one of them.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Inline text: HTML-escaped, markdown punctuation backslash-escaped, mentions defused. */
export function inline(text: string): string {
  return defuseMentions(
    text
      .replace(/[&<>]/g, (c) => HTML[c] ?? c)
      .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
      .replace(/\r?\n|\r/g, ' ')
  );
}

/** A table cell: like inline text, and never longer than `max` characters of source text. */
export function cell(text: string, max = 200): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return inline(short);
}

/**
 * A fenced code block that the content cannot close: the fence is longer than any backtick run
 * inside. Mentions in code are not linked by GitHub, so only the fence needs care.
 */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** Text inside an HTML element such as <summary>: only HTML escaping and mention defusing apply. */
export function htmlText(text: string): string {
  return defuseMentions(text.replace(/[&<>]/g, (c) => HTML[c] ?? c).replace(/\r?\n|\r/g, ' '));
}

/** A zero-width space after "@" stops GitHub from treating `@team` as a mention. */
function defuseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

/** An inline code span for identifiers such as file paths. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** A code span inside a table cell: GFM splits cells on "|" even inside code, unless escaped. */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
