// @ts-check
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and which way imports may point (README, "Architecture"):
 * - the functional core is pure: parsers, model, gates, statistics, planner, renderers, jobs;
 * - the shell does the I/O: files and processes, GitHub, the history stores;
 * - the entry points (action, cli) only map inputs to settings and print or post.
 * Imports point down: entry → shell → core, never back; within the core, down the levels below,
 * and `model` (the shared types) imports no other room at run time.
 * scripts/check-cycles.mjs (run by `npm run lint`) catches cycles among files of one level.
 */
const CORE_LEVELS = [['model'], ['stats'], ['ingest', 'change'], ['gates', 'planner', 'canary', 'init'], ['config'], ['pipeline'], ['report'], ['engine']];
const CORE = CORE_LEVELS.flat();
const SHELL = ['shell', 'github', 'history'];
const ENTRY = ['action', 'cli'];

/** A relative import that leaves the current room for one of these (rooms are folders right under src/). */
const into = (rooms) => `^(\\.\\./)+(${rooms.join('|')})/`;

/** The core rooms above `room`: it may not import them. */
const above = (room) => CORE_LEVELS.slice(CORE_LEVELS.findIndex((level) => level.includes(room)) + 1).flat();

const NO_IO = [
  { group: ['@actions/*', '@octokit/*'], message: 'The core is pure: GitHub and runner access belong in src/action, src/github, src/history or src/cli.' },
  { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process', 'node:http', 'node:https'], message: 'The core does no I/O: take data or a stream as a parameter.' }
];
const NO_OUTSIDE = { regex: into([...SHELL, ...ENTRY]), message: 'The core never imports the shell (shell, github, history) or the entry points (action, cli): take an interface as a parameter.' };
const NO_ENTRY = { regex: into(ENTRY), message: 'The shell never imports the entry points (action, cli).' };
const GITHUB_ONLY = { group: ['@actions/github', '@octokit/*'], message: 'GitHub API calls live in src/github/.' };

/** Extra rules per room, on top of its layer's. */
const ROOM = {
  model: [{ regex: '^\\.\\./', allowTypeImports: true, message: 'model/ holds the shared types and imports no other room at run time (type-only imports are fine).' }],
  action: [{ regex: into(['cli']), message: 'The action never imports the CLI: both map their inputs to an engine job.' }, GITHUB_ONLY],
  cli: [{ regex: into(['action']), message: 'The CLI never imports the action: both map their inputs to an engine job.' }, GITHUB_ONLY],
  shell: [GITHUB_ONLY],
  history: [GITHUB_ONLY]
};

function layerOf(room) {
  const up = above(room);
  const NO_UP = { regex: into(up), message: `${room}/ never imports a room above it in the core (${up.join(', ')}): imports point down (README, "Architecture"); shared types live in src/model/.` };
  if (room === 'model') return [...NO_IO, NO_OUTSIDE];
  if (CORE.includes(room)) return [...NO_IO, NO_OUTSIDE, ...(up.length ? [NO_UP] : [])];
  if (SHELL.includes(room)) return [NO_ENTRY];
  return [];
}

const rooms = [...CORE, ...SHELL, ...ENTRY].map((room) => ({
  files: [`src/${room}/**`],
  rules: { 'no-restricted-imports': ['error', { patterns: [...layerOf(room), ...(ROOM[room] ?? [])] }] }
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='setTimeout'][arguments.length<2]", message: 'Give setTimeout a delay.' }]
    }
  },
  ...rooms,
  {
    files: CORE.map((room) => `src/${room}/**`),
    rules: {
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
