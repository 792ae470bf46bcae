/**
 * What the CLI prints passes through here, because much of it comes from reports (test names,
 * failure messages, metric keys) and CI runs the CLI too. On a runner a line whose first
 * non-blank characters are `::` is a workflow command (`::add-mask::`, `::stop-commands::`,
 * `::set-output`), and so is any line holding `##[`; in a terminal ESC, OSC and C1 bytes move the
 * cursor, retitle the window or fake a link. So:
 * - text: escape sequences and control characters are removed (\n and \t stay), a leading `::`
 *   becomes `\::` and `##[` becomes `#\#[` (markdown shows both as written);
 * - JSON: values stay exact; characters JSON.stringify leaves raw (DEL, C1, line separators, bidi
 *   controls) and the `#` of `##[` are written as \u escapes, which only occur inside strings.
 * Output arrives in pieces, so lines are buffered (up to a bound) and cut only where it is safe.
 */

export type OutputMode = 'text' | 'json';

/** A long line is passed on in pieces this big; the last characters wait for what follows. */
const MAX_PENDING = 64 * 1024;
const HOLD_BACK = 8;

// ESC/C1 sequences: CSI (ESC [ or 0x9B) up to its final byte; OSC, DCS, SOS, PM, APC up to BEL or ST; any other ESC pair.
const SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\s\S]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print: see the module comment. Lines are judged whole, so give whole lines. */
export function terminalText(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(SEQUENCES, '')
    .replace(CONTROLS, '')
    .replace(/^([ \t]*)::/gm, '$1\\::')
    .replace(/##\[/g, '#\\#[');
}

/** JSON text with the same meaning that no runner or terminal acts on. */
export function jsonText(text: string): string {
  return text.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[');
}

/** A writer that neutralises what passes through it; call `end()` to flush the last line. */
export class NeutralWriter {
  private pending = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly mode: OutputMode
  ) {}

  push(text: string): void {
    this.pending += text;
    const lastBreak = this.pending.lastIndexOf('\n');
    if (lastBreak !== -1) {
      this.emit(this.pending.slice(0, lastBreak + 1));
      this.pending = this.pending.slice(lastBreak + 1);
    }
    // A line that never ends (compact JSON) goes out in pieces; the tail waits, so a `##[` is
    // never cut in two (an escape sequence cut in two loses its ESC byte either way).
    if (this.pending.length > MAX_PENDING) {
      let cut = this.pending.length - HOLD_BACK;
      // Never between the halves of a surrogate pair: each write is encoded on its own.
      if (/[\ud800-\udbff]/.test(this.pending.charAt(cut - 1))) cut--;
      this.emit(this.pending.slice(0, cut));
      this.pending = this.pending.slice(cut);
    }
  }

  end(): void {
    if (this.pending) this.emit(this.pending);
    this.pending = '';
  }

  private emit(text: string): void {
    this.write(this.mode === 'json' ? jsonText(text) : terminalText(text));
  }
}
