// @ts-check
import tseslint from 'typescript-eslint';

/** The functional core: parsers, model, gates, statistics, planner and renderers stay pure. */
const PURE_CORE = ['src/model/**', 'src/ingest/**', 'src/change/**', 'src/gates/**', 'src/report/**', 'src/config/**', 'src/engine/**', 'src/stats/**', 'src/planner/**', 'src/init/templates.ts', 'src/pipeline/**', 'src/canary/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='setTimeout'][arguments.length<2]", message: 'Give setTimeout a delay.' }]
    }
  },
  {
    files: PURE_CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', '@octokit/*'], message: 'The core is pure: GitHub and runner access belong in src/action, src/github, src/history or src/cli.' },
            { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process', 'node:http', 'node:https'], message: 'The core does no I/O: take data or a stream as a parameter.' }
          ]
        }
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Pass configuration in; the core does not read the environment.' },
        { object: 'Date', property: 'now', message: 'Pass the clock in.' },
        { object: 'console', property: 'log', message: 'The core returns data; the shell logs.' }
      ]
    }
  },
  {
    files: ['__tests__/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
);
