import type { TestStatus } from '../../../model/tests.js';
import type { Chunks, TestFormat } from '../../format.js';
import { readLines } from '../../stream/decode.js';
import { BoundedText } from '../../stream/text.js';
import { excerpt } from '../../../model/excerpt.js';
import { textTestFormat, timeFields, type ReadContext } from './json-report.js';
import { readComments, readYaml, type Diagnostics } from './tap-diagnostics.js';
import { MAX_DETAILS, toCase } from './xml-report.js';

/**
 * TAP 13 and 14 (node --test --test-reporter=tap, node-tap, bats --tap, prove): `ok`/`not ok` lines
 * with `# SKIP` and `# TODO` directives, plans, `Bail out!`, YAML diagnostics and indented
 * subtests. A test with subtests is their suite, not a test of its own, unless it failed while
 * every child passed (a hook failed). TODO tests count as skipped, as test-summary/action and
 * node's own summary treat them. A bail-out with no failure before it is an error case; a plan that
 * promised more tests than ran (and no bail-out) is one too, as prove reports "Bad plan".
 */
export const tapFormat: TestFormat = textTestFormat({
  id: 'tap',
  description: 'TAP 13/14 (node:test, node-tap, bats, prove)',
  sniff: (head) => /^(?:TAP version 1[34]\s*$|1\.\.\d+|(?:not )?ok \d+\b|# Subtest: )/.test(head.trimStart().split('\n', 1)[0] ?? ''),
  read: (chunks, ctx) => new TapReader(ctx).read(chunks)
});

const TEST_LINE = /^(not )?ok\b(?:\s+(\d+))?(?:\s*-)?\s?(.*)$/;
const DIRECTIVE = /(?:^|[^\\])#\s*(SKIP|TODO)\S*\s*(.*)$/i;
const PLAN = /^1\.\.(\d+)/;

interface Draft {
  readonly indent: number;
  readonly name: string;
  readonly suite: string;
  readonly status: TestStatus;
  readonly reason?: string;
  readonly line: number;
  yaml?: string[];
  yamlIndent?: number;
  yamlDone?: boolean;
  comments?: string[];
}

class TapReader {
  private draft?: Draft;
  /** `# Subtest: name` announcements by indentation, for the suites of what follows. */
  private readonly announced = new Map<number, string>();
  /** Tests and failures counted at each indentation since the last test line above it. */
  private readonly below = new Map<number, { tests: number; failures: number }>();
  private failures = 0;
  private topTests = 0;
  private plan?: { count: number; afterTests: boolean };
  private bailedOut = false;
  private warnedAfterPlan = false;

  constructor(private readonly ctx: ReadContext) {}

  async read(chunks: Chunks): Promise<[]> {
    for await (const { text, number } of readLines(chunks)) this.line(text, number);
    this.finish();
    return [];
  }

  private line(raw: string, number: number): void {
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (this.inYaml(raw, indent, text)) return;
    const test = TEST_LINE.exec(text);
    if (test) return this.test(indent, test, number);
    if (text.startsWith('# Subtest:')) return void this.announced.set(indent, text.slice(10).trim());
    if (/^Bail out!/i.test(text)) return this.bailOut(text.slice(9).trim(), number);
    const plan = PLAN.exec(text);
    if (plan && indent === 0) this.plan = { count: Number(plan[1]), afterTests: this.topTests > 0 };
    else if (text.startsWith('#') && this.draft?.status === 'failed' && !this.draft.yaml) (this.draft.comments ??= []).push(text.slice(1).trim());
  }

  /** A YAML block opens with `---` indented under the test line and closes with `...`. */
  private inYaml(raw: string, indent: number, text: string): boolean {
    const d = this.draft;
    if (!d || d.yamlDone) return false;
    if (!d.yaml) {
      if (text !== '---' || indent <= d.indent) return false;
      d.yaml = [];
      d.yamlIndent = indent;
      return true;
    }
    if (text === '...' && indent === d.yamlIndent) d.yamlDone = true;
    else if (d.yaml.length < 2000) d.yaml.push(raw.slice(Math.min(d.yamlIndent ?? 0, indent)));
    return true;
  }

  private test(indent: number, m: RegExpExecArray, number: number): void {
    this.flush();
    const directive = DIRECTIVE.exec(m[3] ?? '');
    const description = (directive ? (m[3] ?? '').slice(0, directive.index + (directive[0].startsWith('#') ? 0 : 1)) : (m[3] ?? '')).trim().replace(/\\#/g, '#');
    const kind = directive?.[1]?.toUpperCase();
    const status: TestStatus = kind ? 'skipped' : m[1] ? 'failed' : 'passed';
    const suite = [...this.announced].filter(([i]) => i < indent).sort(([a], [b]) => a - b).map(([, n]) => n).join(' › ');
    for (const i of [...this.announced.keys()]) if (i >= indent) this.announced.delete(i);
    if (indent === 0) this.afterPlan(number);
    this.draft = { indent, name: description || `test ${m[2] ?? ''}`.trim(), suite, status, line: number, ...(directive?.[2]?.trim() && { reason: directive[2].trim() }) };
  }

  private afterPlan(number: number): void {
    this.topTests++;
    if (this.plan?.afterTests && !this.warnedAfterPlan) {
      this.warnedAfterPlan = true;
      this.ctx.warnings.add('test results after the closing plan line: counted, but the producer wrote its plan too early', { line: number });
    }
  }

  /** Delivers the pending test line: a leaf, or a parent that failed with every child passing. */
  private flush(): void {
    const d = this.draft;
    if (!d) return;
    this.draft = undefined;
    let children = { tests: 0, failures: 0 };
    for (const [i, c] of this.below) {
      if (i <= d.indent) continue;
      children = { tests: children.tests + c.tests, failures: children.failures + c.failures };
      this.below.delete(i);
    }
    const here = this.below.get(d.indent) ?? { tests: 0, failures: 0 };
    this.below.set(d.indent, { tests: here.tests + children.tests, failures: here.failures + children.failures });
    if (children.tests > 0 && !(d.status === 'failed' && children.failures === 0)) return;
    this.deliver(d);
    const counted = this.below.get(d.indent)!;
    counted.tests++;
    if (d.status === 'failed') counted.failures++;
  }

  private deliver(d: Draft): void {
    const diag: Diagnostics = d.yaml ? readYaml(d.yaml.join('\n')) : d.comments ? readComments(d.comments) : {};
    const time = timeFields(diag.durationMs, 1e-3, () => `test ${excerpt(d.name)}`, this.ctx.warnings, { line: d.line });
    const body = d.status === 'failed' ? details(d) : undefined;
    // node-tap's YAML has no message (its assertion is the test's own name).
    const message = d.status === 'skipped' ? d.reason : d.status === 'failed' ? (diag.message ?? d.name) : diag.message;
    if (d.status === 'failed') this.failures++;
    const fields = { suite: d.suite, name: d.name, status: d.status, ...time, ...(message && { message }), ...(diag.file && { file: diag.file, line: diag.line }) };
    this.ctx.sink.testCase(toCase(fields, body, this.ctx.locator, this.ctx.file));
  }

  private bailOut(reason: string, number: number): void {
    this.flush();
    this.bailedOut = true;
    const why = reason || 'no reason given';
    this.ctx.warnings.add(`Bail out! ${excerpt(why)}: the run stopped here`, { line: number });
    if (this.failures === 0) this.deliver({ indent: 0, name: 'Bail out!', suite: '', status: 'failed', line: number, comments: [why] });
  }

  private finish(): void {
    this.flush();
    const plan = this.plan;
    if (!plan || this.bailedOut || this.topTests >= plan.count) return;
    const message = `planned ${plan.count} tests but ${this.topTests} ran: the run stopped early (prove calls this a bad plan)`;
    this.ctx.sink.testCase(toCase({ suite: '', name: '[plan]', status: 'error', seconds: 0, message }, undefined, this.ctx.locator, this.ctx.file));
  }
}

function details(d: Draft): string | undefined {
  const lines = d.yaml ?? d.comments;
  if (!lines?.length) return undefined;
  const text = new BoundedText(MAX_DETAILS);
  text.append(lines.join('\n'));
  return text.toString();
}
