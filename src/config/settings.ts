import type { GateSettings } from '../engine/gate-job.js';
import type { FileConfig } from './schema.js';

/** Values given as action inputs or CLI flags; each one, when set, wins over the config file. */
export interface SettingOverrides {
  readonly junit?: readonly string[];
  readonly minTests?: number;
  readonly maxFailures?: number;
  readonly checkName?: string;
  readonly commentMode?: FileConfig['comment']['mode'];
}

export interface ResolvedSettings extends GateSettings {
  readonly checkName: string;
  readonly commentMode: FileConfig['comment']['mode'];
}

export function resolveSettings(config: FileConfig, o: SettingOverrides): ResolvedSettings {
  const tests = config.gates.tests;
  return {
    configId: config.id,
    junitPatterns: o.junit ?? config.reports.junit ?? [],
    formats: config.reports.formats,
    tests: {
      action: tests.action,
      minTests: o.minTests ?? tests['min-tests'],
      maxFailures: o.maxFailures ?? tests['max-failures']
    },
    maxRuns: config.history['max-runs'],
    checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
    commentMode: o.commentMode ?? config.comment.mode
  };
}

/** Stable, so it can be made a required status check; the id keeps several configs apart. */
export function defaultCheckName(configId: string): string {
  return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}
