// The fixtures must be what GitHub actually sends: each is checked against the response schema
// of its operation in GitHub's REST description (@octokit/openapi), and every field it carries
// must be one the description defines, so a typo cannot hide in an optional field.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { defaultSpecPath } from '../../harness/openapi-validator.js';
import { listing, workflowRun } from './fixture.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// ajv-formats is CommonJS: the default import is the module object or the function depending on the loader.
const addFormats: FormatsPlugin = (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

const spec = JSON.parse(readFileSync(defaultSpecPath(), 'utf8')) as { paths: Record<string, Record<string, Obj>>; components: { schemas: Record<string, Obj> } };
const REF = '#/components/schemas/';

/** OpenAPI 3.0 → JSON Schema for ajv: component refs become definitions, `nullable` admits null. */
function toJsonSchema(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, refs));
  if (!isObj(node)) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'example' || k === 'examples' || k === 'nullable' || k.startsWith('x-')) continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
      refs.add(v.slice(REF.length));
      out.$ref = `#/definitions/${v.slice(REF.length)}`;
    } else if (k === 'properties' && isObj(v)) {
      out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, toJsonSchema(s, refs)]));
    } else {
      out[k] = k === 'enum' || k === 'required' ? v : toJsonSchema(v, refs);
    }
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string' && !out.$ref) {
    return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...out.enum, null] } : {}) };
  }
  return { anyOf: [{ type: 'null' }, out] };
}

function responseSchema(path: string): { validate: ValidateFunction; schema: Obj } {
  const schema = (spec.paths[path]?.get as { responses: Record<string, { content: Record<string, { schema: Obj }> }> }).responses['200']?.content['application/json']?.schema as Obj;
  const refs = new Set<string>();
  const root = toJsonSchema(schema, refs) as Obj;
  const definitions: Obj = {};
  for (const name of refs) definitions[name] = toJsonSchema(spec.components.schemas[name], refs); // refs grows: transitive closure
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  return { validate: ajv.compile({ ...root, definitions }), schema: { ...root, definitions } };
}

/** Fields of `value` that `schema` (an object schema, refs resolved through `defs`) does not define. */
function unknownFields(value: unknown, schema: unknown, defs: Obj, at: string): string[] {
  const s = isObj(schema) && typeof schema.$ref === 'string' ? defs[schema.$ref.slice('#/definitions/'.length)] : schema;
  if (!isObj(s)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownFields(v, s.items, defs, `${at}[${i}]`));
  if (!isObj(value) || !isObj(s.properties)) return [];
  const props = s.properties;
  return Object.entries(value).flatMap(([k, v]) => (k in props ? unknownFields(v, props[k], defs, `${at}.${k}`) : [`${at}.${k}`]));
}

describe('pipeline fixtures against GitHub\'s REST description', () => {
  it('jobs-listing.json is a 200 response of actions/list-jobs-for-workflow-run-attempt', () => {
    const { validate, schema } = responseSchema('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs');
    const body = listing();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(unknownFields(body, schema, schema.definitions as Obj, 'body')).toEqual([]);
    expect(body.total_count).toBe(body.jobs.length);
  });

  it('catches a fixture GitHub would never send', () => {
    const { validate, schema } = responseSchema('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs');
    const body = listing();
    Object.assign(body.jobs[0] as object, { status: 'running', runner_labels: ['ubuntu-latest'] });
    Object.assign(((body.jobs[2] as Obj).steps as Obj[])[0] as Obj, { duration: 2 });
    expect(unknownFields(body, schema, schema.definitions as Obj, 'body')).toEqual(['body.jobs[0].runner_labels', 'body.jobs[2].steps[0].duration']);
    delete (body.jobs[1] as Obj).completed_at;
    expect(validate(body)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      expect.arrayContaining(['/jobs/0/status must be equal to one of the allowed values', "/jobs/1 must have required property 'completed_at'"])
    );
  });

  it('workflow-run.json is a 200 response of actions/get-workflow-run', () => {
    const { validate, schema } = responseSchema('/repos/{owner}/{repo}/actions/runs/{run_id}');
    const body = workflowRun();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(unknownFields(body, schema, schema.definitions as Obj, 'body')).toEqual([]);
  });
});
