// Validates requests against GitHub's published REST description so the fake API can flag
// anything the real service would reject. The 13 MB description is parsed once per process and
// each operation's validators are compiled only the first time that operation is seen: compiling
// all ~1200 operations up front costs far more than the handful a test run touches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';

type Obj = Record<string, unknown>;
interface Parameter { name: string; in: string; required?: boolean; schema?: Obj; 'x-multi-segment'?: boolean }
interface Route { template: string; regex: RegExp; names: string[]; kinds: number[]; operationId: string; params: Parameter[]; body: Obj | null }
interface Compiled { params: ValidateFunction; body: ValidateFunction | null; bodyRequired: boolean }

export interface RouteMatch { operationId: string; pathTemplate: string; pathParams: Record<string, string> }
export type ValidationResult = (RouteMatch & { found: true; errors: string[] }) | { found: false; operationId: null; errors: string[] };
export interface RequestToValidate {
  method: string;
  path: string;
  query?: URLSearchParams | Record<string, string | string[]>;
  body?: unknown;
  /** Only JSON bodies are schema-checked; GitHub's few raw-body endpoints (markdown/raw) are skipped. */
  contentType?: string;
}

// ajv-formats is CommonJS with an `exports.default`; under NodeNext the default import is the
// module object in the type system but the function at runtime, so accept both shapes.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

// Annotation-only keywords: dropping them keeps ajv from tripping over OpenAPI-only vocabulary.
const DROP = new Set(['description', 'example', 'examples', 'title', 'readOnly', 'writeOnly', 'deprecated',
  'deprecationDate', 'default', 'xml', 'externalDocs', 'discriminator', 'nullable']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const LITERALS = new Set(['enum', 'required', 'const']);
const COMPONENT_REF = '#/components/schemas/';
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export class OpenApiValidator {
  readonly loadMs: number;
  readonly operationCount: number;
  private readonly routes = new Map<string, Route[]>();
  private readonly components: Obj;
  private readonly compiled = new Map<string, Compiled>();
  private readonly translated = new Map<string, { schema: unknown; refs: Set<string> }>();
  private readonly knownFormats: Set<string>;
  // Bodies are checked exactly as sent; parameters arrive as strings, so that instance coerces.
  private readonly bodyAjv = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false });
  private readonly paramAjv = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false, coerceTypes: 'array' });

  constructor(specPath: string) {
    const started = performance.now();
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Obj>; components?: Obj };
    this.components = spec.components ?? {};
    addFormats(this.bodyAjv);
    addFormats(this.paramAjv);
    this.knownFormats = new Set(Object.keys(this.bodyAjv.formats));
    let count = 0;
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!isObj(op) || typeof op.operationId !== 'string') continue;
        const list = this.routes.get(method.toUpperCase()) ?? [];
        list.push(this.route(template, op, item));
        this.routes.set(method.toUpperCase(), list);
        count++;
      }
    }
    // Literal segments must win over parameters (`/issues/comments` vs `/issues/{issue_number}`),
    // and single-segment parameters over multi-segment ones, so sort by segment kind left to right.
    for (const list of this.routes.values()) list.sort(compareSpecificity);
    this.operationCount = count;
    this.loadMs = performance.now() - started;
  }

  match(method: string, path: string): RouteMatch | null {
    const found = this.find(method, path);
    return found && { operationId: found.route.operationId, pathTemplate: found.route.template, pathParams: found.pathParams };
  }

  validate(req: RequestToValidate): ValidationResult {
    const found = this.find(req.method, req.path);
    if (!found) return { found: false, operationId: null, errors: [`no operation in GitHub's REST description matches ${req.method.toUpperCase()} ${req.path}`] };
    const { route, pathParams } = found;
    const compiled = this.compile(route);
    const errors: string[] = [];
    if (!compiled.params({ path: { ...pathParams }, query: queryObject(req.query) })) errors.push(...formatErrors(compiled.params.errors, ''));
    if (req.body === undefined || req.body === '') {
      if (compiled.bodyRequired) errors.push('body is required');
    } else if (compiled.body && (!req.contentType || /json/i.test(req.contentType)) && !compiled.body(req.body)) {
      errors.push(...formatErrors(compiled.body.errors, 'body'));
    }
    return { found: true, operationId: route.operationId, pathTemplate: route.template, pathParams, errors: [...new Set(errors)] };
  }

  private find(method: string, path: string): { route: Route; pathParams: Record<string, string> } | null {
    for (const route of this.routes.get(method.toUpperCase()) ?? []) {
      const m = route.regex.exec(path);
      if (!m) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => { pathParams[name] = safeDecode(m[i + 1] ?? ''); });
      return { route, pathParams };
    }
    return null;
  }

  private route(template: string, op: Obj, item: Obj): Route {
    // Path-item level parameters apply to every operation under it.
    const raw = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
    const params = raw.map((p) => this.deref(p) as unknown as Parameter);
    const names: string[] = [];
    const kinds: number[] = [];
    const pattern = template.split('/').map((segment) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) {
        kinds.push(0);
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      const p = params.find((x) => x.in === 'path' && x.name === name);
      const multi = p?.['x-multi-segment'] === true || p?.schema?.['x-multi-segment'] === true;
      names.push(name);
      kinds.push(multi ? 2 : 1);
      return multi ? '(.+)' : '([^/]+)';
    }).join('/');
    const body = isObj(op.requestBody) ? this.deref(op.requestBody) : null;
    return { template, regex: new RegExp(`^${pattern}$`), names, kinds, operationId: String(op.operationId), params, body };
  }

  private compile(route: Route): Compiled {
    const hit = this.compiled.get(route.operationId);
    if (hit) return hit;
    const refs = new Set<string>();
    const group = (where: 'path' | 'query') => {
      const properties: Obj = {};
      const required: string[] = [];
      for (const p of route.params.filter((x) => x.in === where)) {
        properties[p.name] = p.schema ? this.translate(p.schema, refs) : {};
        if (p.required) required.push(p.name);
      }
      return { type: 'object', properties, required };
    };
    const paramSchema = { type: 'object', properties: { path: group('path'), query: group('query') } };
    const content = isObj(route.body?.content) ? route.body.content : {};
    const jsonKey = Object.keys(content).find((k) => /json/i.test(k));
    const media = jsonKey ? content[jsonKey] : undefined;
    const bodySchema = isObj(media) && isObj(media.schema) ? this.translate(media.schema, refs) : null;
    // Referenced component schemas travel with each compiled schema as `definitions`, translated
    // once and shared; ajv then resolves `#/definitions/x` (recursion included) on its own.
    const definitions: Obj = {};
    for (const name of refs) { // the Set grows while iterating, which walks the transitive closure
      let t = this.translated.get(name);
      if (!t) {
        const own = new Set<string>();
        t = { schema: this.translate(this.deref({ $ref: COMPONENT_REF + name }), own), refs: own };
        this.translated.set(name, t);
      }
      definitions[name] = t.schema;
      for (const r of t.refs) refs.add(r);
    }
    const compiled: Compiled = {
      params: this.paramAjv.compile({ ...paramSchema, definitions }),
      body: isObj(bodySchema) ? this.bodyAjv.compile({ ...bodySchema, definitions }) : null,
      bodyRequired: route.body?.required === true && jsonKey !== undefined,
    };
    this.compiled.set(route.operationId, compiled);
    return compiled;
  }

  /** Resolves a local `#/components/...` reference; anything else is returned unchanged. */
  private deref(value: unknown): Obj {
    const ref = isObj(value) ? value.$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/components/')) return isObj(value) ? value : {};
    const target = ref.split('/').slice(2).reduce<unknown>((node, key) => (isObj(node) ? node[key] : undefined), this.components);
    return isObj(target) ? target : {};
  }

  /** OpenAPI 3.0 schema object -> draft-07 JSON Schema ajv understands. */
  private translate(node: unknown, refs: Set<string>): unknown {
    if (Array.isArray(node)) return node.map((v) => this.translate(v, refs));
    if (!isObj(node)) return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      if (DROP.has(key) || key.startsWith('x-')) continue;
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)) {
        const name = value.slice(COMPONENT_REF.length);
        refs.add(name);
        out.$ref = `#/definitions/${name}`;
      } else if (key === 'format') {
        // Formats GitHub invented (repo.nwo, int64) carry no checkable meaning for us.
        if (typeof value === 'string' && this.knownFormats.has(value)) out.format = value;
      } else if (LITERALS.has(key)) {
        out[key] = value;
      } else if (SCHEMA_MAPS.has(key) && isObj(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.translate(v, refs)]));
      } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
        // GitHub's oneOf branches often overlap (string vs array-of-string once coerced, objects
        // without additionalProperties:false); the real API accepts such bodies, so anyOf it is.
        out[key === 'oneOf' ? 'anyOf' : key] = this.translate(value, refs);
      } else {
        out[key] = this.translate(value, refs);
      }
    }
    if (node.nullable !== true) return out;
    const simple = typeof out.type === 'string' && !out.$ref && !out.anyOf && !out.allOf;
    if (!simple) return { anyOf: [{ type: 'null' }, out] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return { ...out, type: [out.type, 'null'] };
  }
}

function compareSpecificity(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.kinds.length, b.kinds.length); i++) {
    const d = (a.kinds[i] ?? 0) - (b.kinds[i] ?? 0);
    if (d !== 0) return d;
  }
  return b.kinds.length - a.kinds.length;
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

function queryObject(query: RequestToValidate['query']): Record<string, string | string[]> {
  if (!query) return {};
  if (!(query instanceof URLSearchParams)) return { ...query };
  const out: Record<string, string | string[]> = {};
  for (const [rawKey, value] of query) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey; // Rails-style array params
    const prev = out[key];
    out[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return out;
}

/** Turns ajv errors into `body.output.annotations[3].annotation_level is required`-style lines. */
function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  const all = errors ?? [];
  // A failed anyOf reports every branch's complaints, which read as contradictions when listed
  // flat ("conclusion is required" next to "status must be queued"). Group them under the
  // outermost failing anyOf instead, except the two-branch wrappers `nullable` produced, whose
  // non-null branch is the only one that matters and is reported as-is.
  const failedAnyOf = all.filter((e) => e.keyword === 'anyOf' && !isNullableWrapper(e));
  const owner = (e: ErrorObject) => failedAnyOf
    .filter((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`))
    .reduce<ErrorObject | undefined>((outer, a) => (!outer || a.schemaPath.length < outer.schemaPath.length ? a : outer), undefined);
  const groups = new Map<ErrorObject, Map<string, string[]>>();
  const out: Array<string | ErrorObject> = [];
  for (const e of all) {
    if ((e.keyword === 'type' && e.params.type === 'null') || (e.keyword === 'anyOf' && isNullableWrapper(e))) continue;
    const group = owner(e);
    if (!group) {
      out.push(e.keyword === 'anyOf' ? e : describe(e, root));
      continue;
    }
    const branch = e.schemaPath.slice(group.schemaPath.length + 1).split('/')[0] ?? '?';
    const byBranch = groups.get(group) ?? new Map<string, string[]>();
    if (e.keyword !== 'anyOf') byBranch.set(branch, [...(byBranch.get(branch) ?? []), describe(e, root)]);
    groups.set(group, byBranch);
  }
  return out.map((item) => {
    if (typeof item === 'string') return item;
    const branches = [...(groups.get(item)?.values() ?? [])].map((lines) => `[${lines.join('; ')}]`);
    return `${pathOf(item, root) || 'value'} matches none of the allowed alternatives${branches.length ? `: ${branches.join(' or ')}` : ''}`;
  });
}

function isNullableWrapper(e: ErrorObject): boolean {
  const branches = e.schema as unknown;
  return Array.isArray(branches) && branches.length === 2 && branches.some((b) => isObj(b) && b.type === 'null');
}

function pathOf(e: ErrorObject, root: string): string {
  return e.instancePath.split('/').slice(1).reduce((acc, raw) => {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg;
  }, root);
}

function describe(e: ErrorObject, root: string): string {
  const at = pathOf(e, root);
  const name = (p: unknown) => (at ? `${at}.${String(p)}` : String(p));
  const got = Array.isArray(e.data) ? ` (got an array of ${e.data.length})` : ` (got ${truncate(JSON.stringify(e.data))})`;
  if (e.keyword === 'required') return `${name(e.params.missingProperty)} is required`;
  if (e.keyword === 'additionalProperties') return `${name(e.params.additionalProperty)} is not an allowed property`;
  if (e.keyword === 'enum') {
    const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return `${at || 'value'} must be one of ${allowed}${got}`;
  }
  return `${at || 'value'} ${e.message ?? e.keyword}${got}`;
}

function truncate(s: string | undefined): string {
  if (s === undefined) return 'undefined';
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const cache = new Map<string, OpenApiValidator>();

export function defaultSpecPath(variant: 'json' | 'deref.json' = 'json'): string {
  return createRequire(import.meta.url).resolve(`@octokit/openapi/generated/api.github.com.${variant}`);
}

/** One validator per description file per process; the parse is the expensive part. */
export function loadOpenApiValidator(specPath: string = defaultSpecPath()): OpenApiValidator {
  let v = cache.get(specPath);
  if (!v) {
    v = new OpenApiValidator(specPath);
    cache.set(specPath, v);
  }
  return v;
}
