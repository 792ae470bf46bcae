import { severityOf, type Finding, type FindingLevel } from '../../../model/findings.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, FindingsFormat, ParseContext, ParsedFindings } from '../../format.js';
import { JsonContentError, streamJson, type JsonRead, type JsonValueEvent } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import { SarifShape, SHAPE_DEPTH } from './sarif-shape.js';
import { clip } from '../../clip.js';
import { MAX_MESSAGE, MAX_NAME } from '../../stream/limits.js';

/**
 * SARIF 2.1.0, streamed. Only these parts are ever materialised: each result as it completes, each
 * rule (kept compactly), artifacts and originalUriBaseIds; everything else (invocations, graphs,
 * thread flows, taxonomies) is parsed and dropped value by value.
 *
 * JSON key order is free, and real logs put `artifacts` and `originalUriBaseIds` after `results`
 * as often as before (rules usually come first). So each result becomes a compact draft at once and
 * all drafts of a run are resolved when the run ends (the next run begins or the document does):
 * one rule, always right, and a draft is about the size of the finding it becomes.
 */
export const sarifFormat: FindingsFormat = {
  id: 'sarif',
  kind: 'findings',
  description: 'SARIF 2.1.0 (static analysis and security findings)',
  sniff: (head, fileName) =>
    /^\s*\{/.test(head) &&
    (/\.sarif(\.json)?$/i.test(fileName) ||
      /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) ||
      (/"runs"\s*:/.test(head) && /"version"\s*:\s*"\d+\.\d+\.\d+"/.test(head))),
  parse: (file, chunks, ctx) => new SarifReader(file, ctx).read(chunks)
};

const PATHS = [
  '$.version',
  '$.runs.*.tool.driver.name',
  '$.runs.*.tool.driver.rules.*',
  '$.runs.*.tool.driver.globalMessageStrings',
  '$.runs.*.tool.extensions.*.name',
  '$.runs.*.tool.extensions.*.rules.*',
  '$.runs.*.tool.extensions.*.globalMessageStrings',
  '$.runs.*.artifacts.*',
  '$.runs.*.originalUriBaseIds',
  '$.runs.*.results.*'
];
const LEVELS: readonly string[] = ['error', 'warning', 'note', 'none'] satisfies FindingLevel[];
const BASELINE: readonly string[] = ['new', 'unchanged', 'updated', 'absent'];
/** A 1M-result log with one systematic mistake must not produce 1M warnings. */
const MAX_WARNINGS = 20;

type Obj = { readonly [key: string]: unknown };

interface Rule {
  readonly id?: string;
  readonly level?: FindingLevel;
  readonly score?: number;
  readonly messages: Readonly<Record<string, string>>;
  readonly description?: string;
}
interface Component {
  name?: string;
  readonly rules: Rule[];
  readonly byId: Map<string, Rule>;
  messages: Readonly<Record<string, string>>;
}
interface Place {
  readonly uri?: string;
  readonly baseId?: string;
}
interface Run {
  readonly index: number;
  readonly driver: Component;
  readonly extensions: Component[];
  readonly artifacts: Place[];
  baseIds: Readonly<Record<string, Place>>;
  readonly drafts: Draft[];
}
/** A result reduced to what resolution needs; the raw JSON object is dropped. */
interface Draft extends Place {
  readonly at: number;
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly component?: { readonly index?: number; readonly name?: string };
  readonly level?: FindingLevel;
  readonly kind?: string;
  readonly score?: number;
  readonly text?: string;
  readonly messageId?: string;
  readonly args?: readonly string[];
  readonly artifact?: number;
  readonly line?: number;
  readonly column?: number;
  readonly fingerprint?: string;
  readonly baselineState?: Finding['baselineState'];
}

class SarifReader {
  private readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();
  private readonly warnings: Problem[] = [];
  private warned = 0;
  private duplicates = 0;
  private suppressed = 0;
  /** Driver names of every run, with or without results: "ran and found nothing" is an answer. */
  private readonly tools = new Set<string>();
  private version?: unknown;
  private run?: Run;

  constructor(
    private readonly file: string,
    private readonly ctx: ParseContext
  ) {}

  async read(chunks: Chunks): Promise<ParsedFindings> {
    const shape = new SarifShape();
    const read = await streamJson(this.file, chunks, PATHS, (event) => this.accept(event), { shape: { depth: SHAPE_DEPTH, check: (path, kind, offset) => shape.check(path, kind, offset) } });
    this.finishRun();
    const missing = !read.problem && read.root === 'object' ? shape.finish() : undefined;
    if (missing === undefined) return this.result(read);
    const problem = typeof missing === 'string' ? { file: this.file, message: missing } : { file: this.file, ...read.locator.locate(missing.offset), message: missing.message };
    return this.result({ ...read, problem });
  }

  private accept({ path, value }: JsonValueEvent): void {
    const [top, runIndex, section, ...rest] = path;
    if (top === 'version') {
      this.version = value;
      // 2.0.0 drafts and 2.2 share 2.1.0's shapes for everything we read; 1.x does not.
      if (typeof value !== 'string' || !/^2\.\d+(\.\d+)?$/.test(value)) throw new JsonContentError(`SARIF version ${excerpt(value)} is not supported; expected "2.1.0"`);
      if (value !== '2.1.0') this.warn(`SARIF version ${excerpt(value)}: read as 2.1.0`);
      return;
    }
    if (typeof runIndex !== 'number') throw new JsonContentError('"runs" must be an array of run objects');
    if (this.run?.index !== runIndex) {
      this.finishRun();
      this.run = { index: runIndex, driver: component(), extensions: [], artifacts: [], baseIds: {}, drafts: [] };
    }
    const run = this.run;
    if (section === 'tool') this.acceptTool(run, rest, value);
    else if (section === 'artifacts') run.artifacts[rest[0] as number] = place(obj(obj(value)?.location));
    else if (section === 'originalUriBaseIds') {
      run.baseIds = Object.fromEntries(Object.entries(obj(value) ?? {}).map(([k, v]) => [k, place(obj(v))]));
    } else if (section === 'results') this.acceptResult(run, rest[0] as number, value);
  }

  /** `driver.{name,rules.i,globalMessageStrings}` or `extensions.e.{name,rules.i,globalMessageStrings}`. */
  private acceptTool(run: Run, rest: readonly (string | number)[], value: unknown): void {
    const inDriver = rest[0] === 'driver';
    const target = inDriver ? run.driver : (run.extensions[rest[1] as number] ??= component());
    const [field, index] = rest.slice(inDriver ? 1 : 2);
    if (field === 'name') target.name = str(value);
    else if (field === 'globalMessageStrings') target.messages = texts(value);
    else if (field === 'rules') {
      const rule = this.compactRule(value, `runs[${run.index}].tool.${inDriver ? 'driver' : `extensions[${rest[1]}]`}.rules[${index}]`);
      target.rules[index as number] = rule;
      if (rule.id !== undefined && !target.byId.has(rule.id)) target.byId.set(rule.id, rule);
    }
  }

  private compactRule(raw: unknown, at: string): Rule {
    const r = obj(raw) ?? {};
    const level = obj(r.defaultConfiguration)?.level;
    const score = scoreOf(obj(r.properties)?.['security-severity']);
    if (level !== undefined && !LEVELS.includes(level as string)) this.warn(`${at}: unknown defaultConfiguration.level ${excerpt(level)}; ignored`);
    if (score === null) this.warn(`${at}: security-severity ${excerpt(obj(r.properties)?.['security-severity'])} is not a score from 0 to 10; ignored`);
    return compact({
      id: str(r.id),
      level: LEVELS.includes(level as string) ? (level as FindingLevel) : undefined,
      score: score ?? undefined,
      messages: texts(r.messageStrings),
      description: str(obj(r.shortDescription)?.text)
    });
  }

  /** Suppressed results (any suppression not `rejected`) are counted, never drafted. */
  private acceptResult(run: Run, index: number, raw: unknown): void {
    const r = obj(raw);
    const at = `runs[${run.index}].results[${index}]`;
    if (!r) return this.warn(`${at} is not an object; skipped`);
    const suppressions = Array.isArray(r.suppressions) ? r.suppressions : [];
    if (suppressions.some((s) => obj(s)?.status !== 'rejected')) return void this.suppressed++;
    const rule = obj(r.rule);
    const ref = obj(rule?.toolComponent);
    const message = obj(r.message);
    const props = obj(r.properties);
    const score = scoreOf(props?.['security-severity']);
    if (r.level !== undefined && !LEVELS.includes(r.level as string)) this.warn(`${at}: unknown level ${excerpt(r.level)}; the rule's default is used`);
    if (score === null) this.warn(`${at}: security-severity ${excerpt(props?.['security-severity'])} is not a score from 0 to 10; ignored`);
    if (r.baselineState !== undefined && !BASELINE.includes(r.baselineState as string)) this.warn(`${at}: unknown baselineState ${excerpt(r.baselineState)}; ignored`);
    const physical = obj(obj(Array.isArray(r.locations) ? r.locations[0] : undefined)?.physicalLocation);
    const artifact = obj(physical?.artifactLocation);
    const region = obj(physical?.region);
    run.drafts.push({
      at: index,
      ruleId: str(r.ruleId) ?? str(rule?.id),
      ruleIndex: index0(rule?.index) ?? index0(r.ruleIndex),
      component: ref && { index: index0(ref.index), name: str(ref.name) },
      level: LEVELS.includes(r.level as string) ? (r.level as FindingLevel) : undefined,
      kind: str(r.kind),
      score: score ?? undefined,
      text: str(message?.text),
      messageId: str(message?.id),
      args: Array.isArray(message?.arguments) ? message.arguments.map(String) : undefined,
      uri: str(artifact?.uri),
      baseId: str(artifact?.uriBaseId),
      artifact: index0(artifact?.index),
      line: index0(region?.startLine) || undefined,
      column: index0(region?.startColumn) || undefined,
      fingerprint: fingerprintOf(obj(r.partialFingerprints), obj(r.fingerprints)),
      baselineState: BASELINE.includes(r.baselineState as string) ? (r.baselineState as Finding['baselineState']) : undefined
    });
  }

  private finishRun(): void {
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    if (run.driver.name !== undefined) this.tools.add(run.driver.name);
    if (run.drafts.length > 0 && run.driver.name === undefined) this.warn(`runs[${run.index}].tool.driver.name is missing`);
    for (const draft of run.drafts.splice(0)) {
      const finding = this.resolve(run, draft);
      const key = [finding.tool, finding.ruleId, finding.file, finding.line, finding.column, finding.fingerprint ?? finding.message].join('\0');
      if (this.seen.has(key)) this.duplicates++;
      else {
        this.seen.add(key);
        this.findings.push(finding);
      }
    }
  }

  private resolve(run: Run, d: Draft): Finding {
    const at = `runs[${run.index}].results[${d.at}]`;
    const home = this.componentOf(run, d, at);
    const rule = this.ruleOf(run, home ?? run.driver, d, at);
    const score = d.score ?? rule?.score;
    const file = this.fileOf(run, d);
    return compact({
      tool: run.driver.name ?? 'unknown tool',
      ruleId: clip(d.ruleId ?? rule?.id ?? '', MAX_NAME),
      // SARIF §3.27.9: a result whose kind is not "fail" (pass, open, review, …) has level "none".
      level: d.kind !== undefined && d.kind !== 'fail' ? 'none' : (d.level ?? rule?.level ?? 'warning'),
      ...(score !== undefined && { severity: severityOf(score), securitySeverity: score }),
      message: clip(this.messageOf(run, home ?? run.driver, rule, d, at), MAX_MESSAGE),
      file,
      line: file === undefined ? undefined : d.line,
      column: file === undefined ? undefined : d.column,
      fingerprint: d.fingerprint,
      baselineState: d.baselineState
    }) as Finding;
  }

  /** result.rule.toolComponent: an index into tool.extensions, or a name; absent means the driver. */
  private componentOf(run: Run, d: Draft, at: string): Component | undefined {
    const ref = d.component;
    if (ref?.index !== undefined) {
      const found = run.extensions[ref.index];
      if (!found) this.warn(`${at}: rule.toolComponent.index ${ref.index} is not in tool.extensions`);
      return found;
    }
    return ref?.name === undefined ? undefined : run.extensions.find((c) => c.name === ref.name);
  }

  /** By index into the result's tool component, else by id: exact first, then `X/Y` → `X`. */
  private ruleOf(run: Run, home: Component, d: Draft, at: string): Rule | undefined {
    if (d.ruleIndex !== undefined) {
      const rule = home.rules[d.ruleIndex];
      if (rule) return rule;
      this.warn(`${at}: rule index ${d.ruleIndex} is outside the tool's ${home.rules.length} rules; looked up by id instead`);
    }
    const components = [home, run.driver, ...run.extensions];
    for (let id = d.ruleId; id; id = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined) {
      for (const c of components) {
        const rule = c.byId.get(id);
        if (rule) return rule;
      }
    }
    return undefined;
  }

  private messageOf(run: Run, home: Component, rule: Rule | undefined, d: Draft, at: string): string {
    // Plain text is taken literally unless it has arguments: tools such as ESLint do not double
    // the braces that SARIF format strings would require.
    if (d.text !== undefined) return d.args ? format(d.text, d.args) : d.text;
    if (d.messageId !== undefined) {
      const template = rule?.messages[d.messageId] ?? home.messages[d.messageId] ?? run.driver.messages[d.messageId];
      if (template !== undefined) return format(template, d.args ?? []);
      this.warn(`${at}: message id ${excerpt(d.messageId)} is not in the rule's messageStrings`);
    }
    return rule?.description ?? d.ruleId ?? rule?.id ?? '';
  }

  private fileOf(run: Run, d: Draft): string | undefined {
    const listed = d.artifact === undefined ? undefined : run.artifacts[d.artifact];
    const uri = d.uri ?? listed?.uri;
    if (uri === undefined) return undefined;
    return this.ctx.repo.place(resolveUri(uri, d.uri !== undefined ? d.baseId : (d.baseId ?? listed?.baseId), run.baseIds)).path;
  }

  private warn(message: string): void {
    if (++this.warned <= MAX_WARNINGS) this.warnings.push({ file: this.file, message });
  }

  private result(read: JsonRead): ParsedFindings {
    const problems = read.problem ? [read.problem] : [];
    if (!read.problem && read.root !== 'object') problems.push({ file: this.file, message: read.root ? 'expected a SARIF log (a JSON object)' : 'the file is empty: expected a SARIF log' });
    if (this.warned > MAX_WARNINGS) this.warnings.push({ file: this.file, message: `${this.warned - MAX_WARNINGS} more warnings like these were left out` });
    if (this.duplicates > 0) this.warnings.push({ file: this.file, message: `${this.duplicates} duplicate results (same tool, rule, location and fingerprint or message) were counted once` });
    return { findings: this.findings, tools: [...this.tools], suppressed: this.suppressed, problems, warnings: this.warnings };
  }
}

function component(): Component {
  return { rules: [], byId: new Map(), messages: {} };
}

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function index0(v: unknown): number | undefined {
  return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined;
}

function place(o: Obj | undefined): Place {
  return compact({ uri: str(o?.uri), baseId: str(o?.uriBaseId) });
}

/** `{id: {text}}` (messageStrings, globalMessageStrings) → `{id: text}`. */
function texts(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, m] of Object.entries(obj(v) ?? {})) {
    const text = str(obj(m)?.text);
    if (text !== undefined) out[id] = text;
  }
  return out;
}

/** GitHub's `security-severity` is a string such as "7.5"; null marks a value that is not a 0–10 score. */
function scoreOf(v: unknown): number | undefined | null {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null;
}

/** Stable across runs: primaryLocationLineHash (what GitHub matches on), else the first by key. */
function fingerprintOf(partial: Obj | undefined, full: Obj | undefined): string | undefined {
  const first = (o: Obj | undefined): string | undefined =>
    o && Object.keys(o).sort().map((k) => str(o[k])).find((v) => v !== undefined);
  return str(partial?.primaryLocationLineHash) ?? first(full) ?? first(partial);
}

/** SARIF §3.11.5 format strings: `{0}` placeholders, and `{{`/`}}` for literal braces. */
function format(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n: string | undefined) =>
    m === '{{' ? '{' : m === '}}' ? '}' : (args[Number(n)] ?? m));
}

/**
 * A relative URI is resolved against its uriBaseId through run.originalUriBaseIds (which may chain).
 * A base id the log does not define (e.g. `%SRCROOT%`) means the checkout root, as GitHub reads it.
 */
function resolveUri(uri: string, baseId: string | undefined, bases: Readonly<Record<string, Place>>, seen = new Set<string>()): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(uri) || uri.startsWith('/')) return uri;
  const base = baseId === undefined || seen.has(baseId) ? undefined : bases[baseId];
  if (base?.uri === undefined) return decode(uri);
  seen.add(baseId!);
  const root = resolveUri(base.uri, base.baseId, bases, seen).replace(/\/*$/, '/');
  const rest = uri.replace(/^(\.\/)+/, '');
  // A file:// root is decoded as a whole later (RepoPaths); a plain path root already was.
  return /^[a-z][a-z0-9+.-]+:/i.test(root) ? root + rest : root + decode(rest);
}

function decode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri; // a stray % is more likely a real character than an escape
  }
}

/** A copy without undefined fields, so findings compare and serialise cleanly. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
