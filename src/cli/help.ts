import { VERSION } from '../version.js';
import { COMMANDS, type CommandSpec, type OptionSpec } from './commands.js';

/** Help text is wrapped to this width; the option column is this wide. */
const WIDTH = 100;
const COLUMN = 24;

/** `pipeline-gates --help`: the commands, then every command's options. */
export function globalHelp(): string {
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`);
  const sections = COMMANDS.map((c) => `Options for ${c.name}${c.operands ? ` ${c.operands}` : ''}:\n${optionLines(c).join('\n')}`);
  return [
    `pipeline-gates ${VERSION} — quality gates, test shards and regression checks for CI`,
    'Usage: pipeline-gates <command> [options]',
    `Commands:\n${commands.join('\n')}`,
    ...sections,
    `Global options:\n${'  -h, --help'.padEnd(COLUMN)}Show this help (pipeline-gates <command> --help: that command's)\n${'  -v, --version'.padEnd(COLUMN)}Show the version`,
    [
      'Exit codes: 0 passed, 1 a blocking gate failed, 2 bad input (unreadable report, bad config or arguments);',
      'canary: 0 promote, 1 rollback, 3 hold. Options that take GLOB may repeat; quote globs; !GLOB excludes.',
      'In GitHub Actions the same engine runs as the action (see README.md).'
    ].join('\n')
  ].join('\n\n');
}

/** `pipeline-gates <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const notes = (spec.notes ?? []).map((n) => wrap(n, 0).join('\n'));
  return [
    `Usage: pipeline-gates ${spec.name} [options]${spec.operands ? ` ${spec.operands}` : ''}`,
    spec.summary,
    `Options:\n${[...optionLines(spec), `${'  -h, --help'.padEnd(COLUMN)}Show this help`].join('\n')}`,
    ...notes
  ].join('\n\n');
}

function optionLines(spec: CommandSpec): string[] {
  return spec.options.flatMap((o) => {
    const flag = `  ${o.short ? `-${o.short}, ` : ''}--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
    const text = `${o.description}${qualifiers(o)}`;
    const [first = '', ...rest] = wrap(text, COLUMN);
    if (flag.length >= COLUMN - 1) return [flag, ...[first, ...rest].map((l) => ' '.repeat(COLUMN) + l)];
    return [`${flag.padEnd(COLUMN)}${first}`, ...rest.map((l) => ' '.repeat(COLUMN) + l)];
  });
}

function qualifiers(o: OptionSpec): string {
  const q = [o.globs ? 'globs, repeatable' : o.repeatable ? 'repeatable' : '', o.default ? `default ${o.default}` : ''].filter(Boolean);
  return q.length ? ` (${q.join('; ')})` : '';
}

/** Words filled into lines of WIDTH - indent characters. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > WIDTH - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** The README's CLI table: one row per option, with the action input it mirrors. */
export function cliTableMarkdown(): string {
  const rows = COMMANDS.flatMap((c) => [
    ...(c.operands ? [[c.name, `\`${c.operands}\``, '', c.positionalInput ? `\`${c.positionalInput}\`` : '', c.positionals === 'files' ? 'files to read (globs)' : 'the command to run']] : []),
    ...c.options.map((o) => [c.name, `\`--${o.name}${o.arg ? ` ${o.arg}` : ''}\``.replace(/\|/g, '\\|'), o.default ? escapeCell(o.default) : '', o.input ? `\`${o.input}\`` : '', escapeCell(`${o.description}${o.globs ? ' (globs, repeatable)' : o.repeatable ? ' (repeatable)' : ''}`)])
  ]);
  const head = ['command', 'option', 'default', 'action input', 'meaning'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Plain text in a table cell: `|` would end the cell and `<NAME>` would vanish as a tag. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
