/**
 * What a good key looks like for the thing being cached: the lockfile that decides its contents,
 * by the cached path. Used to write the concrete rewrite a diagnosis ends with.
 */

export interface Ecosystem {
  readonly name: string;
  /** The hashFiles() pattern of the lockfile(s) whose change should change the key. */
  readonly lockfiles: string;
}

const ECOSYSTEMS: ReadonlyArray<readonly [RegExp, Ecosystem]> = [
  [/pnpm-store|\.pnpm/i, { name: 'pnpm', lockfiles: "'**/pnpm-lock.yaml'" }],
  [/\.yarn|yarn/i, { name: 'yarn', lockfiles: "'**/yarn.lock'" }],
  [/node_modules|\.npm\b/i, { name: 'npm', lockfiles: "'**/package-lock.json'" }],
  [/pypoetry|poetry/i, { name: 'poetry', lockfiles: "'**/poetry.lock'" }],
  [/\.cache\/uv\b|\buv\b/i, { name: 'uv', lockfiles: "'**/uv.lock'" }],
  [/pip\b|\.venv|site-packages/i, { name: 'pip', lockfiles: "'**/requirements*.txt'" }],
  [/\.m2\b/i, { name: 'maven', lockfiles: "'**/pom.xml'" }],
  [/\.gradle\b/i, { name: 'gradle', lockfiles: "'**/*.gradle*', '**/gradle-wrapper.properties'" }],
  [/go\/pkg\/mod|go-build/i, { name: 'go', lockfiles: "'**/go.sum'" }],
  [/\.cargo|(?:^|\/)target\b/i, { name: 'cargo', lockfiles: "'**/Cargo.lock'" }],
  [/\.nuget/i, { name: 'nuget', lockfiles: "'**/packages.lock.json'" }],
  [/vendor\/bundle|\.gem\b/i, { name: 'bundler', lockfiles: "'**/Gemfile.lock'" }],
  [/composer/i, { name: 'composer', lockfiles: "'**/composer.lock'" }]
];

/** The dependency ecosystem a cached path belongs to, if it is a dependency cache. */
export function ecosystemOfPaths(paths: readonly string[]): Ecosystem | undefined {
  for (const p of paths) {
    const hit = ECOSYSTEMS.find(([re]) => re.test(p));
    if (hit) return hit[1];
  }
  return undefined;
}

/** The `with:` lines of a key on the lockfile, with a restore key on the stable part. */
export function suggestedKey(eco: Ecosystem | undefined): string {
  const name = eco?.name ?? 'deps';
  const files = eco?.lockfiles ?? "'<your lockfile>'";
  return `key: \${{ runner.os }}-${name}-\${{ hashFiles(${files}) }}\nrestore-keys: \${{ runner.os }}-${name}-`;
}

/** What in a key expression changes every run, e.g. `github.run_id` → "the run id". */
export function volatileExpression(key: string): string | undefined {
  const expressions = key.match(/\$\{\{[\s\S]*?\}\}/g) ?? [];
  for (const e of expressions) {
    if (/\bgithub\.run_id\b/.test(e)) return 'the run id';
    if (/\bgithub\.run_number\b/.test(e)) return 'the run number';
    if (/\bgithub\.run_attempt\b/.test(e)) return 'the run attempt';
    if (/\bgithub\.(?:sha|event\.after|event\.head_commit\.id|event\.pull_request\.head\.sha)\b/.test(e)) return 'the commit SHA';
    if (/\b(?:date|time|timestamp|today|now|week|month)\b/i.test(e)) return 'a date';
  }
  return undefined;
}

/** Paths written in a `path:` input, one per line. */
export function pathLines(text: string | undefined): string[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}
