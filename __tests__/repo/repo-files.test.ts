// The files users copy or editors read stay true to the code: the README's workflows and our own
// workflows parse with GitHub's workflow parser, every action.yml parses with its action parser
// and documents the inputs the code reads, and the committed JSON Schema is the generated one.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { parse as parseYaml } from 'yaml';
import { INPUT } from '../../src/action/inputs.js';
import { configJsonSchema } from '../../src/config/schema.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../harness/run-bundle.js';

const read = (file: string) => readFile(path.join(ROOT, file), 'utf8');

function workflowErrors(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe('workflows', () => {
  it('the workflow parser catches a broken workflow (the check can fail)', () => {
    expect(workflowErrors('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').length).toBeGreaterThan(0);
  });

  it.each(['ci.yml', 'check-dist.yml'])('.github/workflows/%s is a valid workflow', async (file) => {
    expect(workflowErrors(file, await read(`.github/workflows/${file}`))).toEqual([]);
  });

  it('every workflow in the README is valid', async () => {
    const workflows = yamlBlocks(await read('README.md')).filter((b) => /^jobs:/m.test(b));
    expect(workflows.length).toBeGreaterThan(0);
    for (const [i, content] of workflows.entries()) expect([i, workflowErrors(`readme-${i}.yml`, content)]).toEqual([i, []]);
  });
});

describe('action metadata', () => {
  it.each(['plan/action.yml', 'shard/action.yml'])('%s declares only inputs and outputs the top-level action documents', async (file) => {
    const sub = parseYaml(await read(file));
    const top = parseYaml(await read('action.yml'));
    for (const name of Object.keys(sub.inputs)) expect([name, name in top.inputs]).toEqual([name, true]);
    for (const name of Object.keys(sub.outputs ?? {})) expect([name, name in top.outputs]).toEqual([name, true]);
  });

  it.each(['action.yml', 'plan/action.yml', 'shard/action.yml', 'canary/action.yml'])('%s parses, runs on node24 and points at the bundle', async (file) => {
    const content = await read(file);
    const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const doc = parseYaml(content);
    expect(doc.runs.using).toBe('node24');
    expect(path.normalize(path.join(path.dirname(file), doc.runs.main))).toBe(path.normalize('dist/index.js'));
  });

  it('action.yml declares exactly the inputs the code reads, each described', async () => {
    const doc = parseYaml(await read('action.yml'));
    expect(Object.keys(doc.inputs).sort()).toEqual(Object.values(INPUT).sort());
    for (const input of Object.values(doc.inputs) as Array<{ description?: string }>) expect(input.description?.length).toBeGreaterThan(10);
    expect(Object.keys(doc.outputs).sort()).toEqual(['conclusion', 'count', 'decision', 'failed-gates', 'last-green-run-url', 'last-green-sha', 'matrix', 'passed', 'plan', 'plan-file', 'regressions', 'report', 'score', 'shards', 'summary', 'tests', 'tests-file', 'tests-json', 'total']);
  });

  it('the README carries the event table the code generates', async () => {
    const { EVENT_TABLE_MARKDOWN } = await import('../../src/github/event-policy.js');
    expect(await read('README.md')).toContain(EVENT_TABLE_MARKDOWN.trim());
  });

  it('the README documents every input and output', async () => {
    const readme = await read('README.md');
    const outputs = Object.keys(parseYaml(await read('action.yml')).outputs);
    for (const name of [...Object.values(INPUT), ...outputs]) expect([name, readme.includes(`| \`${name}\` |`)]).toEqual([name, true]);
  });
});

describe('generated and versioned files', () => {
  it('schema/pipeline-gates.schema.json is what `npm run schema` generates', async () => {
    expect(JSON.parse(await read('schema/pipeline-gates.schema.json'))).toEqual(configJsonSchema());
  });

  it('src/version.ts matches package.json', async () => {
    expect(VERSION).toBe(JSON.parse(await read('package.json')).version);
  });

  it('the example reports exist for the demo', async () => {
    expect((await readdir(path.join(ROOT, 'examples', 'junit'))).filter((f) => f.endsWith('.xml')).length).toBeGreaterThan(0);
  });
});

describe('format ids', () => {
  it('the ids the config schema offers are exactly the registry formats, in order', async () => {
    const { FORMATS, FORMAT_IDS } = await import('../../src/ingest/registry.js');
    expect(FORMATS.map((f) => f.id)).toEqual([...FORMAT_IDS]);
  });
});
