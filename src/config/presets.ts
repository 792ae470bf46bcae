import type { FileConfigInput } from './schema.js';

/**
 * `preset: strict` — the five mandatory gates of the original plan. The user's own settings are
 * merged over it key by key, so any of them can be loosened or tightened in the same file.
 * 1. compliance score ≥ 70 (a metric);
 * 2. import time < 5 s, no regression > 20%, memory no regression > 30% (the `measure` command,
 *    named "import");
 * 3. line coverage ≥ 90% and every test passes;
 * 4. zero vulnerabilities (SARIF security severities) and a clean secrets scan (gitleaks SARIF);
 * 5. a changelog entry when source changes.
 */
export const STRICT: FileConfigInput = {
  measure: { command: '', name: 'import' },
  gates: {
    tests: { 'max-failures': 0, 'min-tests': 1 },
    coverage: { lines: 90 },
    performance: {
      limits: ['import wall time < 5s'],
      'max-regression': { 'import wall time': 0.2, 'import peak RSS': 0.3 }
    },
    security: { max: { critical: 0, high: 0, medium: 0, low: 0 } },
    secrets: { tools: ['gitleaks'], 'max-level': { error: 0, warning: 0, note: 0 } },
    docs: { when: ['src/**', 'lib/**'], require: ['CHANGELOG.md', 'CHANGES.md', 'docs/**'] },
    metrics: ['compliance.score >= 70']
  }
};

/** Deep merge for plain config objects: `over` wins; arrays are replaced, not concatenated. */
export function mergeConfig(under: unknown, over: unknown): unknown {
  if (!isPlain(under) || !isPlain(over)) return over === undefined ? under : over;
  const out: Record<string, unknown> = { ...under };
  for (const [k, v] of Object.entries(over)) out[k] = mergeConfig(under[k], v);
  return out;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The preset under the user's config, or the config itself. `measure` needs a command from the user. */
export function withPreset(raw: unknown): unknown {
  if (!isPlain(raw) || raw.preset !== 'strict') return raw;
  const merged = mergeConfig(STRICT, raw) as Record<string, unknown>;
  const measure = merged.measure as Record<string, unknown> | undefined;
  // Without the user's command the preset's measure block is only a name: drop it.
  if (measure && !measure.command) delete merged.measure;
  return merged;
}
