// `pipeline-gates … | head`: the reader stops early and closes the pipe. The CLI must not crash
// with an "Unhandled 'error' event … EPIPE" stack trace, and exits with its own code.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BUNDLE, makeSandbox, type Sandbox } from '../harness/run-bundle.js';

let box: Sandbox;
beforeAll(async () => {
  // 5,000 cases, 3,000 of them failing: the JSON model and the list of failures in the verdict
  // are hundreds of kilobytes, far more than a pipe holds, so the writer meets the closed pipe.
  const cases = Array.from({ length: 5000 }, (_, i) =>
    i < 3000
      ? `<testcase classname="cart" name="case ${i}" time="0.01" file="src/cart.test.ts"><failure message="expected ${i} to be 2"/></testcase>`
      : `<testcase classname="cart" name="case ${i}" time="0.01" file="src/cart.test.ts"/>`
  );
  box = await makeSandbox({ 'big.xml': `<testsuites><testsuite name="cart">\n${cases.join('\n')}\n</testsuite></testsuites>\n` });
});
afterAll(() => rm(path.dirname(box.workspace), { recursive: true, force: true }));

/** Runs `node dist/index.js ARGS | READER` in bash; returns the CLI's own exit status and stderr. */
function piped(args: string, reader: string): Promise<{ status: number; stderr: string; read: string }> {
  const script = `"${process.execPath}" "${BUNDLE}" ${args} 2>cli.err | ${reader}; echo "cli status \${PIPESTATUS[0]}" >&2; cat cli.err >&2`;
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', script], { cwd: box.workspace, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: box.home }, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) return reject(err);
      const status = /cli status (\d+)/.exec(stderr);
      resolve({ status: Number(status?.[1]), stderr: stderr.replace(/cli status \d+\n/, ''), read: stdout });
    });
  });
}

describe('output piped into a reader that closes early', () => {
  it('parse --json | head -c 300: 300 bytes read, no stack trace, exit 0', async () => {
    const r = await piped('parse big.xml --json', 'head -c 300');
    expect(r.read).toHaveLength(300);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('gate | head -1: the heading read, no stack trace, exit 1 because tests failed', async () => {
    const r = await piped('gate --junit big.xml', 'head -1');
    expect(r.read).toBe('## ❌ Pipeline Gates: failed\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });
});
