import { VERSION } from './version.js';

/**
 * One bundle serves both the Action and the CLI. Only this dispatcher is loaded eagerly; the
 * Action and the CLI commands are imported on demand so `--help` starts as fast as bare node.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const [first] = argv;
  if (first === undefined && env.GITHUB_ACTIONS === 'true') {
    await run(env);
    // Everything the step does is awaited by now; a request abandoned after its deadline may
    // still hold a socket open, and it must not hold the job with it.
    process.exit();
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const { globalHelp } = await import('./cli/help.js');
    process.stdout.write(`${globalHelp()}\n`);
    return;
  }
  const { runCli } = await import('./cli/main.js');
  process.exitCode = await runCli(argv);
}

/**
 * The Action, as a runner starts it: relative paths (report globs, the config file, git) resolve
 * from GITHUB_WORKSPACE, as they do on GitHub, where a step starts there. Tools that call this
 * from another folder (`@github/local-action`) get the same; the folder is restored afterwards.
 * Outputs go to the GITHUB_OUTPUT file when it is set (the toolkit's `setOutput`).
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { runAction } = await import('./action/run.js');
  const { runner } = await import('./action/runner.js');
  const before = process.cwd();
  const workspace = env.GITHUB_WORKSPACE;
  try {
    if (workspace) process.chdir(workspace);
  } catch (err) {
    runner.fail(`GITHUB_WORKSPACE ${workspace} cannot be used as the working folder: ${(err as Error).message}`);
    return;
  }
  try {
    await runAction(runner);
  } finally {
    process.chdir(before);
  }
}

/**
 * `pipeline-gates gate | head -1`: once the reader has gone, the rest of the output has nowhere to
 * go. Drop it instead of crashing on the pipe's EPIPE; the command still finishes (history is
 * still saved) and exits with its own code.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (closed || err.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw err;
  });
}
