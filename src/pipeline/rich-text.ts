/**
 * Advice text names keys, files and commands taken from logs and Dockerfiles. It marks them as
 * code with two control characters that no key, path or command can hold (they are removed from
 * the value first), so the renderer can escape the prose and the code apart, and an annotation
 * can show them as plain text (the markdown form is in src/report/pipeline-advice.ts).
 */
export const OPEN = '\u0001';
export const CLOSE = '\u0002';

/** A value to show as code inside advice text. */
export function mono(value: string): string {
  return `${OPEN}${value.replace(/[\u0000-\u001f\u007f]/g, ' ')}${CLOSE}`;
}

/** Plain text (annotations, logs): marked values in backticks. */
export function richPlain(text: string): string {
  return text.replace(/\u0001/g, '`').replace(/\u0002/g, '`');
}
