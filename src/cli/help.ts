import { VERSION } from '../version.js';

export const HELP = `pipeline-gates ${VERSION} — quality gates, test shards and regression checks for CI

Usage: pipeline-gates <command> [options]

Commands:
  gate      Read test reports, evaluate the gates, print the verdict (exit 1 when a blocking gate fails)

Options for gate:
  --junit GLOB        JUnit XML files (repeatable; quote globs so the shell does not expand them)
  --config FILE       Config file (default: .github/pipeline-gates.yml when it exists)
  --history DIR       Local history folder: read before, written after the run
  --min-tests N       Fewest tests that must run (default 1)
  --max-failures N    Most failed tests allowed (default 0)
  --json              Print the JSON verdict instead of markdown

Global options:
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 passed, 1 a blocking gate failed, 2 bad input (unreadable report, bad config or arguments).
In GitHub Actions the same engine runs as the action (see README.md).`;
