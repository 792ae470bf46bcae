import { code, inline } from '../report/markdown.js';

/**
 * Advice text names keys, files and commands taken from logs and Dockerfiles. It marks them as
 * code with two control characters that no key, path or command can hold (they are removed from
 * the value first), so the renderer can escape the prose and the code apart, and an annotation
 * can show them as plain text.
 */
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A value to show as code inside advice text. */
export function mono(value: string): string {
  return `${OPEN}${value.replace(/[\u0000-\u001f\u007f]/g, ' ')}${CLOSE}`;
}

/** Markdown: prose escaped, marked values as code spans. */
export function richMarkdown(text: string): string {
  return text
    .split(OPEN)
    .map((part, i) => {
      if (i === 0) return inline(part);
      const end = part.indexOf(CLOSE);
      return end < 0 ? inline(part) : `${code(part.slice(0, end))}${inline(part.slice(end + 1))}`;
    })
    .join('');
}

/** Plain text (annotations, logs): marked values in backticks. */
export function richPlain(text: string): string {
  return text.replace(/\u0001/g, '`').replace(/\u0002/g, '`');
}
