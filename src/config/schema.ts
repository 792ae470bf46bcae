import { z } from 'zod';
import { FORMAT_IDS } from '../ingest/format-ids.js';

/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */

export const GATE_ACTIONS = ['block', 'warn'] as const;
export const COMMENT_MODES = ['always', 'off'] as const;

const globs = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (typeof v === 'string' ? [v] : v));

const testsGate = z
  .strictObject({
    action: z.enum(GATE_ACTIONS).default('block').describe('block fails the run; warn only reports'),
    'min-tests': z.int().min(0).default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': z.int().min(0).default(0).describe('Most failed or errored tests allowed')
  })
  .describe('The tests gate: failures, errors and a minimum test count');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
      .default('default')
      .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    'check-name': z.string().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    reports: z
      .strictObject({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        formats: z
          .record(z.string().min(1), z.enum(FORMAT_IDS))
          .default({})
          .describe('Glob → format id, for files whose format should not be detected from their content')
      })
      .prefault({})
      .describe('Where the reports are'),
    gates: z.strictObject({ tests: testsGate.prefault({}) }).prefault({}),
    comment: z
      .strictObject({ mode: z.enum(COMMENT_MODES).default('always').describe('When to post the sticky PR comment') })
      .prefault({}),
    history: z
      .strictObject({ 'max-runs': z.int().min(1).max(500).default(30).describe('Runs kept in the history document') })
      .prefault({})
  })
  .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });

export type FileConfig = z.output<typeof configSchema>;
export type FileConfigInput = z.input<typeof configSchema>;

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}
