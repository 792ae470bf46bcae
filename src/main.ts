import { HELP } from './cli/help.js';
import { VERSION } from './version.js';

/**
 * One bundle serves both the Action and the CLI. Only this dispatcher is loaded eagerly; the
 * Action and the CLI commands are imported on demand so `--help` starts as fast as bare node.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const [first] = argv;
  if (first === undefined && env.GITHUB_ACTIONS === 'true') {
    const { runAction } = await import('./action/run.js');
    await runAction();
    // Everything the step does is awaited by now; a request abandoned after its deadline may
    // still hold a socket open, and it must not hold the job with it.
    process.exit();
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const { runCli } = await import('./cli/main.js');
  process.exitCode = await runCli(argv);
}
