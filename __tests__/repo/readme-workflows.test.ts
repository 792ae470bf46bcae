// Every copy-paste workflow in the README (and docs/*.md) must be one GitHub accepts: checked by
// GitHub's own workflow parser, its needs: graph, the needs./steps. references, and, for steps
// that use this action or its plan/shard/canary sub-actions, the inputs and outputs declared in
// the matching action.yml. A README that tells users to pass an input we do not have fails here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ROOT } from '../harness/run-bundle.js';
import { lintWorkflow, loadActionMetadata, type ActionMetadata } from '../unit/init/workflow-lint.js';

interface Block {
  /** file:line of the opening fence, for the failure message. */
  readonly where: string;
  readonly content: string;
}

/** The ```yaml / ```yml blocks of a markdown file, dedented when they sit inside a list item. */
function yamlBlocks(file: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const m of markdown.matchAll(/^( *)```ya?ml[^\n]*\n([\s\S]*?)^\1```/gm)) {
    const indent = (m[1] as string).length;
    const line = markdown.slice(0, m.index).split('\n').length;
    const content = (m[2] as string).split('\n').map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join('\n');
    blocks.push({ where: `${file}:${line}`, content });
  }
  return blocks;
}

/** A block is a workflow when it has top-level `on:` and `jobs:` keys (config examples have neither). */
const isWorkflow = (b: Block) => /^(?:on|"on"|'on'):/m.test(b.content) && /^jobs:/m.test(b.content);

async function markdownFiles(): Promise<string[]> {
  const docs = await readdir(path.join(ROOT, 'docs')).catch(() => [] as string[]);
  return ['README.md', ...docs.filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

async function knownActions(): Promise<Map<string, ActionMetadata>> {
  const top = await loadActionMetadata(ROOT, 'action.yml');
  const map = new Map<string, ActionMetadata>([
    ['OWNER/pipeline-gates', top],
    ['./', top]
  ]);
  for (const sub of ['plan', 'shard', 'canary']) map.set(`OWNER/pipeline-gates/${sub}`, await loadActionMetadata(ROOT, `${sub}/action.yml`));
  return map;
}

describe('copy-paste workflows in the docs', () => {
  it('the block finder sees fenced yaml, also indented in a list, and skips config examples', () => {
    const md = ['# x', '```yaml', 'on: push', 'jobs: {}', '```', '- item', '  ```yml', '  on: push', '  jobs:', '    a: {}', '  ```', '```yaml', 'gates: {}', '```'].join('\n');
    const blocks = yamlBlocks('x.md', md);
    expect(blocks.map((b) => b.where)).toEqual(['x.md:2', 'x.md:7', 'x.md:12']);
    expect(blocks[1]?.content).toBe('on: push\njobs:\n  a: {}\n');
    expect(blocks.filter(isWorkflow).map((b) => b.where)).toEqual(['x.md:2', 'x.md:7']);
  });

  it('the docs hold at least one workflow, and every one passes the workflow parser with zero errors', async () => {
    const actions = await knownActions();
    const workflows: Block[] = [];
    for (const file of await markdownFiles()) workflows.push(...yamlBlocks(file, await readFile(path.join(ROOT, file), 'utf8')).filter(isWorkflow));
    expect(workflows.length).toBeGreaterThan(0);
    const results = [];
    for (const b of workflows) results.push({ where: b.where, errors: (await lintWorkflow(b.where, b.content, actions)).errors });
    expect(results).toEqual(workflows.map((b) => ({ where: b.where, errors: [] })));
  });

  it('the same check rejects a README-style workflow with a wrong input (so the test above can fail)', async () => {
    const broken = ['on: push', 'jobs:', '  gate:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: OWNER/pipeline-gates@v1', '        with:', '          junit-files: reports/*.xml', ''].join('\n');
    const { errors } = await lintWorkflow('broken.yml', broken, await knownActions());
    expect(errors).toEqual(['broken.yml: job "gate" passes "junit-files" to OWNER/pipeline-gates@v1, which has no such input']);
  });
});
