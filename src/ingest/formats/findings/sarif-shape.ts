import type { JsonKind, JsonPath, ShapeError } from '../../stream/json-stream.js';

/**
 * The SARIF 2.1.0 shape of the parts we read, checked as the log streams: the kind of each value
 * (runs an array of objects, results an array of objects, a message an object…) and the members
 * the schema requires (version; each run's tool.driver.name; each result's message). A log that
 * breaks it is a located error, never "0 findings": `{"runs": {}}` or `"results": "x"` must fail
 * the gate, not pass it.
 */

type Rule = readonly [pattern: readonly (string | number)[], kinds: readonly JsonKind[]];
const N = -1; // any index

/** Expected kinds by path; `results: null` is allowed (a tool that produced none, SARIF §3.14.23). */
const RULES: readonly Rule[] = [
  [['version'], ['string']],
  [['runs'], ['array']],
  [['runs', N], ['object']],
  [['runs', N, 'tool'], ['object']],
  [['runs', N, 'tool', 'driver'], ['object']],
  [['runs', N, 'tool', 'driver', 'name'], ['string']],
  [['runs', N, 'tool', 'driver', 'rules'], ['array']],
  [['runs', N, 'tool', 'extensions'], ['array']],
  [['runs', N, 'results'], ['array', 'null']],
  [['runs', N, 'results', N], ['object']],
  [['runs', N, 'results', N, 'message'], ['object']],
  [['runs', N, 'results', N, 'ruleId'], ['string']],
  [['runs', N, 'results', N, 'locations'], ['array']],
  [['runs', N, 'results', N, 'suppressions'], ['array']],
  [['runs', N, 'artifacts'], ['array']],
  [['runs', N, 'originalUriBaseIds'], ['object']]
];

export const SHAPE_DEPTH = 5;

interface Open {
  readonly at: string;
  readonly offset: number;
  readonly has: Set<string>;
}

export class SarifShape {
  private run?: Open;
  private result?: Open;
  private sawVersion = false;
  private sawRuns = false;

  check(path: JsonPath, kind: JsonKind, offset: number): ShapeError | undefined {
    const rule = RULES.find(([pattern]) => matches(pattern, path));
    if (rule && !rule[1].includes(kind)) return `${where(path)} must be ${rule[1].map(article).join(' or ')}, found ${article(kind)}: not a SARIF 2.1.0 log`;
    const [top, , section, , field] = path;
    if (path.length === 1) {
      if (top === 'version') this.sawVersion = true;
      if (top === 'runs') this.sawRuns = true;
    } else if (top === 'runs' && path.length === 2) return this.startRun(where(path), offset);
    else if (top === 'runs' && section === 'tool') this.run?.has.add(path.slice(3).join('.'));
    else if (top === 'runs' && section === 'results' && path.length === 4) return this.startResult(where(path), offset);
    else if (top === 'runs' && section === 'results' && path.length === 5 && field === 'message') this.result?.has.add('message');
    return undefined;
  }

  /** After the last value: what is still missing. */
  finish(): ShapeError | undefined {
    const missing = this.closeResult() ?? this.closeRun();
    if (missing) return missing;
    if (!this.sawRuns) return 'not a SARIF log: there is no "runs" array';
    if (!this.sawVersion) return 'not a SARIF 2.1.0 log: there is no "version" (SARIF 2.1.0 requires "version": "2.1.0")';
    return undefined;
  }

  private startRun(at: string, offset: number): ShapeError | undefined {
    const missing = this.closeResult() ?? this.closeRun();
    this.run = { at, offset, has: new Set() };
    return missing;
  }

  private startResult(at: string, offset: number): ShapeError | undefined {
    const missing = this.closeResult();
    this.result = { at, offset, has: new Set() };
    return missing;
  }

  private closeRun(): ShapeError | undefined {
    const run = this.run;
    this.run = undefined;
    if (!run || run.has.has('driver.name')) return undefined;
    const what = !run.has.has('') ? 'tool' : !run.has.has('driver') ? 'tool.driver' : 'tool.driver.name';
    return { message: `${run.at} has no ${what} (SARIF 2.1.0 requires every run to name its tool): not a SARIF 2.1.0 log`, offset: run.offset };
  }

  private closeResult(): ShapeError | undefined {
    const result = this.result;
    this.result = undefined;
    if (!result || result.has.has('message')) return undefined;
    return { message: `${result.at} has no message (SARIF 2.1.0 requires one on every result): not a SARIF 2.1.0 log`, offset: result.offset };
  }
}

function matches(pattern: readonly (string | number)[], path: JsonPath): boolean {
  return pattern.length === path.length && pattern.every((p, i) => (p === N ? typeof path[i] === 'number' : p === path[i]));
}

/** `runs[0].results[3].message` */
function where(path: JsonPath): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

function article(kind: JsonKind): string {
  return kind === 'null' ? 'null' : kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`;
}
