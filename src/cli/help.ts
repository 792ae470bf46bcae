import { VERSION } from '../version.js';

export const HELP = `pipeline-gates ${VERSION} — quality gates, test shards and regression checks for CI

Usage: pipeline-gates <command> [options]

Commands:
  gate      Read test reports, evaluate the gates, print the verdict (exit 1 when a blocking gate fails)
  parse     Detect each file's format and print what it holds (tests, coverage, findings, metrics, benchmarks)
  plan      Split the tests into timing-balanced shards (sticky to the previous plan)
  shard     Print one shard's tests from a plan written by plan --out
  compare   Compare benchmark results of a base and a head commit (same-job A/B regression test)
  measure   Time a command N times (wall time and peak RSS) and write benchmark files
  canary    Judge canary against baseline metric samples: promote, hold or rollback (exit 0 / 3 / 1)
  init      Write a starter workflow (plan → sharded tests → gate) and config file

Options for gate:
  --junit GLOB        JUnit XML files (repeatable; quote globs so the shell does not expand them)
  --coverage GLOB     Coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go; merged)
  --sarif GLOB        SARIF files for the security gates
  --metrics GLOB      Metrics JSON files for metric conditions
  --benchmarks GLOB   Benchmark results of this commit (any supported tool)
  --benchmarks-base GLOB  Benchmark results of the base commit from the same machine (A/B)
  --base REF          Diff against the merge base with REF: a commit SHA, branch or tag name, or
                      HEAD~N (patch coverage, docs rule; an unknown REF is exit 2)
  --label NAME        Act as if the PR had this label (repeatable; waivers and approvals)
  --pr-body TEXT      Act as if this were the PR body (keyword waivers such as #trivial)
  --config FILE       Config file (default: .github/pipeline-gates.yml when it exists)
  --history DIR       Local history folder: read before the run, written after a run on the
                      default branch (origin/HEAD, else init.defaultBranch)
  --default-branch NAME   The branch whose runs are recorded into --history
  --record            Record this run into --history whatever the branch
  --no-record         Never record into --history (read only)
  --change-points     Search the history's benchmark levels for shifts (E-divisive)
  --min-tests N       Fewest tests that must run (default 1)
  --max-failures N    Most failed tests allowed (default 0)
  --json              Print the JSON verdict instead of markdown

Options for parse FILE...:
  --format ID         Skip detection and read every FILE as this format
                      (junit, trx, nunit, xunit, lcov, cobertura, jacoco, clover, istanbul,
                      istanbul-summary, go-cover, sarif, metrics, or a benchmark format: cargo,
                      go, benchmarkjs, pytest-benchmark, googlecpp, catch2, julia, jmh,
                      benchmarkdotnet, luau, hyperfine, vitest-bench, custom-bigger,
                      custom-smaller, pipeline-gates-bench)
  --json              Print the normalised model as JSON (one object per file; an array for several)

Options for plan:
  --tests GLOB | --tests-file FILE | --tests-command CMD
                      What to split (the command's output is one test per line; no shell)
  --shards N | --shards auto --target-seconds S [--overhead-seconds S] [--max-shards N]
  --granularity file|case   Split whole files (default) or single test cases
  --timings FILE      JUnit/TRX/NUnit/xUnit, pytest-split .test_durations or Knapsack JSON
                      (repeatable, oldest first)
  --history DIR       Timings and the previous plan from a local history folder
  --previous-plan F   Keep tests on their shard from this plan
  --out FILE          Write the plan for pipeline-gates shard
  --json              Print the plan as JSON

Options for shard:
  --plan FILE --shard N [--format words|lines|json]

Options for compare:
  --base FILE --head FILE   Benchmark files (repeatable: several files are several samples)
  --q Q               False discovery rate across the benchmarks (default 0.01)
  --min-effect F      Smallest change that counts, as a fraction (default 0.03)
  --format ID         Read every file as this benchmark format
  --json              Print {benchmarks: [{name, verdict, ratio, ci, pValue, qValue, samples}]}
  Exit 1 when a benchmark regressed.

Options for measure [options] -- COMMAND [ARGS...]:
  --runs N            Runs per side (default 10)
  --warmup N          Discarded runs per side first (default 1)
  --base-dir DIR      Also run the command in DIR (a base checkout), alternating ABBA
  --name NAME         Benchmark names "<NAME> wall time" and "<NAME> peak RSS" (default command)
  --out DIR           Where head.json (and base.json) go (default .pipeline-gates/measure)
  --json              Print the results as JSON

Options for init:
  --dir DIR           The repository root to write into (default: the current directory)
  --branch NAME       The default branch (default main)
  --action-ref REF    What the workflow's uses: lines name (default OWNER/pipeline-gates@v1)
  --force             Replace the files when they already exist

Global options:
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 passed, 1 a blocking gate failed, 2 bad input (unreadable report, bad config or arguments);
canary: 0 promote, 1 rollback, 3 hold. Run pipeline-gates canary --help for its options.
In GitHub Actions the same engine runs as the action (see README.md).`;
