// Hole 4 of issue 14: CI runs the CLI too (`run:` steps, pre-commit), where a line of its output
// that starts with `::` (or holds `##[`) is a workflow command to the runner, and escape bytes
// drive the terminal. Nothing a report says may come out that way.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { makeSandbox, spawnBundle, type Sandbox } from '../harness/run-bundle.js';

const ESC = '\u001b';
const BEL = '\u0007';
const INJECTED = [
  'expected 1 to be 2',
  '::set-output name=verdict::passed',
  '  ::add-mask::hidden',
  '::stop-commands::resume-token',
  'x ##[set-output name=verdict;]passed',
  `${ESC}[31mred${ESC}[0m ${ESC}]8;;https://evil.example${BEL}link${ESC}]8;;${BEL} ${ESC}]0;title${BEL}`,
  '\r::warning::after a carriage return',
  '\u009b31m C1 CSI \u0085 next line'
].join('\n');

// XML 1.0 has no escape for ESC; tools still write the raw byte, and our reader keeps it.
const junit = `<testsuite name="s" tests="2" failures="1">
  <testcase classname="s" name="passes" time="0.1"/>
  <testcase classname="s" name="::error::name${ESC}[2J" time="0.2"><failure message="${INJECTED.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')}">${INJECTED.replace(/\r/g, '&#13;')}</failure></testcase>
</testsuite>
`;
const metrics = JSON.stringify({ 'build.seconds': 3, [`size\n::set-output name=verdict::passed`]: 1, [`${ESC}]0;t${BEL}time`]: 2, bad: '::warning::oops\n::error::x' });

let box: Sandbox | undefined;
afterEach(async () => {
  if (box) await rm(path.dirname(box.workspace), { recursive: true, force: true });
  box = undefined;
});

async function cli(args: string[]) {
  box ??= await makeSandbox({ 'reports/unit.xml': junit, 'metrics.json': metrics });
  return spawnBundle(args, { cwd: box.workspace, env: { HOME: box.home } });
}

/** Lines the runner would take as a command, and bytes a terminal would act on. */
function unsafeLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##[') || /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(line));
}

describe('CLI output holds no workflow command or control byte from a report', () => {
  it.each([
    ['gate (markdown)', ['gate', '--junit', 'reports/*.xml', '--metrics', 'metrics.json']],
    ['gate --json', ['gate', '--junit', 'reports/*.xml', '--metrics', 'metrics.json', '--json']],
    ['parse', ['parse', 'reports/unit.xml']],
    ['parse --json', ['parse', 'reports/unit.xml', '--json']],
    ['parse of metrics', ['parse', '--format', 'metrics', 'metrics.json']],
    ['parse of metrics --json', ['parse', '--format', 'metrics', 'metrics.json', '--json']]
  ])('%s', async (_, args) => {
    const r = await cli(args);
    expect(r.stdout.length).toBeGreaterThan(50);
    expect({ stdout: unsafeLines(r.stdout), stderr: unsafeLines(r.stderr) }).toEqual({ stdout: [], stderr: [] });
  });

  it('the markdown still shows the message, with the command defused', async () => {
    const r = await cli(['gate', '--junit', 'reports/*.xml']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('\\::set-output name=verdict::passed');
    expect(r.stdout).toContain('red link');
  });

  it('--json keeps every value exactly: only the encoding changes', async () => {
    const r = await cli(['parse', 'reports/unit.xml', '--json']);
    const failure = JSON.parse(r.stdout).cases[1];
    expect(failure.name).toBe(`::error::name${ESC}[2J`);
    expect(failure.details).toBe(INJECTED);
    const m = await cli(['parse', '--format', 'metrics', 'metrics.json', '--json']);
    expect(Object.keys(JSON.parse(m.stdout).metrics)).toEqual(['build.seconds', 'size\n::set-output name=verdict::passed', `${ESC}]0;t${BEL}time`]);
  });
});
