import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { resolveSettings } from '../../../src/config/settings.js';
import { CONFIG_PATH, starterConfig } from '../../../src/init/templates.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../../src/shell/config-file.js';
import { ROOT } from '../../harness/run-bundle.js';
import { tempDir } from '../../harness/temp.js';
import { UsageError } from '../../../src/model/problems.js';

const REF = 'acme/pipeline-gates@v1';

/** Loads the text through the real loader, from a real file, as the action and CLI do. */
async function load(text: string) {
  const dir = await tempDir('pg-init-config-');
  const file = path.join(dir, 'pipeline-gates.yml');
  await writeFile(file, text);
  return resolveSettings(await loadConfigFile(file), {});
}

/**
 * Uncomments the example that starts with `# <key>:` and the commented lines below it that are
 * indented further (its body), the way a user would.
 */
function uncomment(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(\\s*)# ${key}:`).test(l));
  if (start === -1) throw new Error(`no commented "${key}:" example`);
  const indent = (lines[start] as string).indexOf('#');
  const strip = (l: string) => l.slice(0, indent) + l.slice(indent + 2);
  lines[start] = strip(lines[start] as string);
  for (let i = start + 1; i < lines.length && new RegExp(`^\\s{${indent}}#   `).test(lines[i] as string); i++) lines[i] = strip(lines[i] as string);
  return lines.join('\n');
}

/** The keys of every commented example, found the way `uncomment` finds them (not the editor directive). */
function exampleKeys(text: string): string[] {
  return [...text.matchAll(/^\s*# ([a-z][a-z-]*):/gm)].map((m) => m[1] as string).filter((k) => k !== 'yaml-language-server');
}

describe('the starter config, loaded by the real config loader', () => {
  it('is written where the action and CLI look by default', () => {
    expect(CONFIG_PATH).toBe(DEFAULT_CONFIG_PATH);
  });

  it('as written: the tests gate blocks on any failure or on no tests, nothing else is gated', async () => {
    const s = await load(starterConfig({ branch: 'main', actionRef: REF }));
    expect(s.tests).toEqual({ action: 'block', minTests: 1, maxFailures: 0 });
    expect(s.flaky).toEqual({ action: 'warn' });
    expect(s.commentMode).toBe('always');
    expect(s.maxRuns).toBe(30);
    expect(s.coverage).toBeUndefined();
    expect(s.security).toEqual([]);
    expect(s.docs).toBeUndefined();
    expect(s.conditions).toEqual([]);
  });

  it('shows the strict preset, commented out, and with it uncommented the five mandatory gates are on', async () => {
    const text = starterConfig({ branch: 'main', actionRef: REF });
    expect(text).toMatch(/^# preset: strict$/m);
    const s = await load(uncomment(text, 'preset'));
    expect(s.coverage?.minimum).toEqual({ lines: 90 });
    expect(s.tests).toEqual({ action: 'block', minTests: 1, maxFailures: 0 });
    expect(s.security.map((g) => [g.name, g.maxBySeverity, g.maxByLevel])).toEqual([
      ['security', { critical: 0, high: 0, medium: 0, low: 0 }, {}],
      ['secrets', {}, { error: 0, warning: 0, note: 0 }]
    ]);
    expect(s.docs?.require).toEqual(['CHANGELOG.md', 'CHANGES.md', 'docs/**']);
    expect(s.conditions.map((c) => c.gate)).toEqual(['metrics.compliance.score', 'performance.limit import wall time']);
    expect(s.performance?.maxRegression).toEqual({ 'import wall time': 0.2, 'import peak RSS': 0.3 });
  });

  it('offers commented examples of several gates', () => {
    expect(exampleKeys(starterConfig({ branch: 'main', actionRef: REF }))).toEqual(['preset', 'coverage', 'security', 'docs', 'metrics']);
  });

  it('each gate example, uncommented, is valid and turns its gate on', async () => {
    const text = starterConfig({ branch: 'main', actionRef: REF });
    const coverage = await load(uncomment(text, 'coverage'));
    expect(coverage.coverage).toMatchObject({ action: 'block', minimum: { lines: 80 }, patch: 90, maxDrop: { lines: 1 } });
    expect(coverage.exceptions.coverage).toEqual({ labels: ['hotfix'], keywords: [] });

    const security = await load(uncomment(text, 'security'));
    expect(security.security).toEqual([{ name: 'security', action: 'block', maxBySeverity: { critical: 0, high: 0 }, maxByLevel: {}, newOnly: true }]);

    const docs = await load(uncomment(text, 'docs'));
    expect(docs.docs).toEqual({ name: 'docs', action: 'block', when: ['src/**'], require: ['CHANGELOG.md'] });

    const metrics = await load(uncomment(text, 'metrics'));
    expect(metrics.conditions.map((c) => [c.gate, c.action])).toEqual([
      ['metrics.compliance.score', 'block'],
      ['metrics.bundle.size_kb', 'warn']
    ]);
  });

  it('everything uncommented at once (preset included) is still valid, the user\'s settings over the preset', async () => {
    const text = exampleKeys(starterConfig({ branch: 'main', actionRef: REF })).reduce(uncomment, starterConfig({ branch: 'main', actionRef: REF }));
    expect(exampleKeys(text)).toEqual([]);
    const s = await load(text);
    expect(s.coverage?.minimum).toEqual({ lines: 80 });
    expect(s.security.map((g) => g.name)).toEqual(['security', 'secrets']);
    expect(s.docs?.require).toEqual(['CHANGELOG.md']);
  });

  it('the loader would catch a mistake in it (so the checks above can fail)', async () => {
    const broken = starterConfig({ branch: 'main', actionRef: REF }).replace('min-tests: 1', 'min_tests: 1');
    await expect(load(broken)).rejects.toThrow(UsageError);
    await expect(load(broken)).rejects.toMatchObject({ problems: [expect.objectContaining({ line: expect.any(Number), message: expect.stringContaining('unknown key "min_tests"') })] });
  });

  it('points editors at the JSON Schema of the same action version', async () => {
    const text = starterConfig({ branch: 'main', actionRef: 'acme/pipeline-gates@v1.4.0' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/pipeline-gates/v1.4.0/schema/pipeline-gates.schema.json');
    await expect(access(path.join(ROOT, 'schema', 'pipeline-gates.schema.json'))).resolves.toBeUndefined();
    expect(starterConfig({ branch: 'main', actionRef: './' })).not.toContain('$schema');
  });
});
