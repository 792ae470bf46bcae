// The Dockerfile fixtures (__tests__/fixtures/containers, see its README): each bad file gives
// its findings at their lines, its fixed twin none.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DockerfileParser } from 'dockerfile-ast';
import { toDockerfileModel } from '../../../src/pipeline/dockerfile-model.js';
import { checkDockerfile } from '../../../src/pipeline/dockerfile-rules.js';
import { evaluateContainerGate } from '../../../src/pipeline/container-gate.js';
import { richPlain } from '../../../src/pipeline/rich-text.js';
import { sarifFormat } from '../../../src/ingest/formats/findings/sarif.js';
import { RepoPaths } from '../../../src/ingest/paths.js';
import { stringChunks } from '../builders.js';

const DIR = path.join(process.cwd(), '__tests__/fixtures/containers');

function check(folder: string, text?: string) {
  const file = `${folder}/Dockerfile`;
  const source = text ?? readFileSync(path.join(DIR, file), 'utf8');
  return checkDockerfile(toDockerfileModel(file, DockerfileParser.parse(source), existsSync(path.join(DIR, folder, '.dockerignore'))));
}
const lines = (folder: string) => check(folder).map((f) => [f.line, f.rule]);

describe('Dockerfile fixtures: findings with lines', () => {
  it('node-bad: latest base, COPY . . before npm ci, caches in layers, ADD, a toolchain in the final image, no .dockerignore', () => {
    expect(lines('node-bad')).toEqual([
      [1, 'toolchain-in-final-image'],
      [1, 'unpinned-base'],
      [3, 'copy-before-install'],
      [3, 'no-dockerignore'],
      [4, 'install-without-cache'],
      [5, 'install-without-cache'],
      [6, 'add-local-file']
    ]);
  });

  it('go-bad: the Go toolchain shipped, and every source change re-downloads the modules', () => {
    expect(lines('go-bad')).toEqual([
      [1, 'toolchain-in-final-image'],
      [3, 'copy-before-install']
    ]);
  });

  it('python-bad: the manifest copied together with the sources, caches kept, build-essential in the only stage', () => {
    expect(lines('python-bad')).toEqual([
      [3, 'manifest-with-sources'],
      [4, 'install-without-cache'],
      [5, 'install-without-cache'],
      [5, 'toolchain-in-final-image']
    ]);
  });

  it.each(['node-fixed', 'go-fixed', 'python-fixed'])('%s: no findings', (folder) => {
    expect(check(folder)).toEqual([]);
  });

  it('says what each costs and gives the rewrite: manifests first, the install, then the sources', () => {
    const copy = check('node-bad').find((f) => f.rule === 'copy-before-install');
    expect(richPlain(copy?.problem ?? '')).toBe('`COPY . .` copies the whole build context before `npm ci` (line 4) fetches the npm dependencies.');
    expect(copy?.cost).toBe('Every source change invalidates this layer and the install after it, so every build downloads and installs all dependencies again.');
    expect(copy?.rewrite).toBe('COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .');
    // Where the install is the build (go build), the rewrite fetches first and builds after the sources.
    expect(check('go-bad').find((f) => f.rule === 'copy-before-install')?.rewrite).toBe('COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /usr/local/bin/app ./cmd/app');
    expect(check('python-bad').find((f) => f.rule === 'manifest-with-sources')?.rewrite).toBe('COPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY src/ ./');
    expect(check('node-bad').find((f) => f.line === 4)?.rewrite).toBe('RUN --mount=type=cache,target=/root/.npm npm ci');
    expect(check('node-bad').find((f) => f.rule === 'add-local-file')?.rewrite).toBe('COPY ./config /app/config');
  });

  it('reads the JSON form, keeps ADD for archives and URLs, and leaves stage names and ARG bases alone', () => {
    const text = ['ARG BASE=alpine:3.20', 'FROM ${BASE} AS base', 'ADD https://example.com/tool.tgz /opt/', 'ADD vendor.tar.gz /opt/', 'FROM base', 'COPY ["package.json", "package-lock.json", "./"]', 'RUN ["npm", "ci", "--cache", "/tmp/c"]', ''].join('\n');
    expect(check('json', text).map((f) => [f.line, f.rule])).toEqual([[7, 'install-without-cache']]);
  });

  it('becomes a warning gate with one annotation item per finding, ignored rules left out', () => {
    const scan = { files: ['node-bad/Dockerfile'], findings: check('node-bad'), notes: [] };
    const gate = evaluateContainerGate(scan, { action: 'warn', ignore: ['unpinned-base'], exclude: [] });
    expect([gate?.status, gate?.actual, gate?.message, gate?.items?.map((i) => i.location)]).toEqual([
      'warning',
      6,
      '6 findings in 1 of 1 Dockerfile slow the build or bloat the image.',
      [1, 3, 3, 4, 5, 6].map((line) => ({ file: 'node-bad/Dockerfile', line }))
    ]);
    expect(evaluateContainerGate({ files: [], findings: [], notes: [] }, { action: 'warn', ignore: [], exclude: [] })).toBeUndefined();
  });
});

describe("hadolint's SARIF through the sarif input", () => {
  it('reads the Hadolint driver, rule ids, levels and lines', async () => {
    const parsed = await sarifFormat.parse('hadolint.sarif', stringChunks(readFileSync(path.join(DIR, 'hadolint.sarif'), 'utf8')), { repo: new RepoPaths(process.cwd()) });
    expect(parsed.problems).toEqual([]);
    expect(parsed.findings.map((f) => [f.tool, f.ruleId, f.level, f.file, f.line])).toEqual([
      ['Hadolint', 'DL3007', 'warning', 'node-bad/Dockerfile', 1],
      ['Hadolint', 'DL3008', 'warning', 'node-bad/Dockerfile', 5],
      ['Hadolint', 'DL3009', 'note', 'node-bad/Dockerfile', 5],
      ['Hadolint', 'DL3015', 'note', 'node-bad/Dockerfile', 5],
      ['Hadolint', 'DL3020', 'error', 'node-bad/Dockerfile', 6]
    ]);
  });
});
