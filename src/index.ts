import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

/** For tools that import the bundle and call the Action themselves (`@github/local-action`). */
export { run } from './main.js';

// `node dist/index.js` (a runner, the CLI, its bin link) runs; an import by a tool runs nothing.
if (invokedDirectly(import.meta.url, process.argv[1])) await main(process.argv.slice(2), process.env);

function invokedDirectly(moduleUrl: string, script: string | undefined): boolean {
  if (!script) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(script);
  } catch {
    return false;
  }
}
