// Loopback stand-in for api.github.com used by the end-to-end tests: the bundled action is pointed
// at it through GITHUB_API_URL. Every request is checked against GitHub's REST description, so a
// call the real service would refuse fails our tests instead of surfacing first in production.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApiValidator, type OpenApiValidator } from './openapi-validator.js';

type Obj = Record<string, unknown>;
export interface RecordedRequest {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-cased; `authorization` and `cookie` are dropped so no credential is ever retained. */
  headers: Record<string, string>;
  authorized: boolean;
  body: unknown;
  operationId: string | null;
  pathParams: Record<string, string>;
  validationErrors: string[];
  /** Status we answered with; undefined while a hung request is still open. */
  status?: number;
  /** False when the operation exists on GitHub but the fake has no handler for it (answered 501). */
  handled: boolean;
}
export interface RequestMatcher { method?: string; pathPattern?: RegExp; operationId?: string }
export interface FakeResponse { status: number; headers?: Record<string, string>; body?: unknown }
export type FaultResponse = Partial<FakeResponse> & { status: number; times?: number };
export type RouteHandler = (req: RecordedRequest, api: FakeGitHubApi) => FakeResponse | Promise<FakeResponse>;
export interface FakeUser { login: string; id: number; type: 'User' | 'Bot' }
export interface FakeAnnotation { path: string; start_line: number; end_line: number; annotation_level: string; message: string; [k: string]: unknown }
export interface FakeCheckRun {
  id: number; owner: string; repo: string; name: string; head_sha: string; status: string; conclusion: string | null;
  details_url: string | null; external_id: string | null; started_at: string | null; completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: FakeAnnotation[]; images: unknown[] };
  actions: unknown[];
}
export interface FakeComment { id: number; issue_number: number; body: string; user: FakeUser; created_at: string; updated_at: string }
/** One entry of the repository's Actions cache, as `actions/get-actions-cache-list` lists it. */
export interface FakeCacheEntry { id: number; ref: string; key: string; version: string; last_accessed_at: string; created_at: string; size_in_bytes: number }
/**
 * Comments are keyed by issue number alone: the tests drive one repository at a time. Job logs
 * are keyed by job id and served, like GitHub, as a 302 to a blob URL on this same server.
 */
export interface FakeState { checkRuns: FakeCheckRun[]; comments: Map<number, FakeComment[]>; jobLogs: Map<number, string | Buffer>; caches: FakeCacheEntry[] }
/** A request to the blob host (`/_blobs/…`): not part of the REST API, so not validated. */
export interface BlobRequest { method: string; path: string; authorized: boolean; status: number; bytes: number }
export interface FakeGitHubApiOptions {
  /** Answer requests that fail validation with GitHub's 422, as the real API would (default true). */
  rejectInvalid?: boolean;
  /** Identity behind the token; authors the comments the action creates. */
  user?: FakeUser;
  validator?: OpenApiValidator;
}
export interface FakeGitHubApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Downloads from the blob host, apart from the API requests (they are not validated). */
  readonly blobRequests: BlobRequest[];
  readonly state: FakeState;
  invalidRequests(): RecordedRequest[];
  seedComments(issueNumber: number, comments: Array<{ body: string; user?: Partial<FakeUser> }>): FakeComment[];
  failNext(matcher: RequestMatcher, response: FaultResponse): void;
  /** Accept matching requests and never answer them, to exercise client timeouts. */
  hang(matcher: RequestMatcher, times?: number): void;
  /** A job's log, served by `actions/download-job-logs-for-workflow-run` as a 302 to a blob URL. */
  seedJobLog(jobId: number, log: string | Buffer): void;
  /** A file on the blob host; returns its URL (what a 302 from the API points at). */
  putBlob(name: string, body: string | Buffer): string;
  /** Serve an operation the fake does not model, keyed by operationId (e.g. `pulls/get`). */
  handle(operationId: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Problems parsing JSON', 401: 'Bad credentials', 403: 'Resource not accessible by integration', 404: 'Not Found',
  422: 'Validation Failed', 429: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable',
};
const errorBody = (status: number, message = DEFAULT_MESSAGES[status] ?? 'Error') => ({ message, documentation_url: DOCS, status: String(status) });
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const matches = (m: RequestMatcher, r: RecordedRequest) =>
  (!m.method || m.method.toUpperCase() === r.method) && (!m.pathPattern || m.pathPattern.test(r.path)) && (!m.operationId || m.operationId === r.operationId);

export async function startFakeGitHubApi(opts: FakeGitHubApiOptions = {}): Promise<FakeGitHubApi> {
  const validator = opts.validator ?? loadOpenApiValidator();
  const user: FakeUser = opts.user ?? { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
  const requests: RecordedRequest[] = [];
  const blobRequests: BlobRequest[] = [];
  const blobs = new Map<string, Buffer>();
  const state: FakeState = { checkRuns: [], comments: new Map(), jobLogs: new Map(), caches: [] };
  const faults: Array<{ matcher: RequestMatcher; response: FaultResponse; left: number }> = [];
  const hangs: Array<{ matcher: RequestMatcher; left: number }> = [];
  const handlers = new Map<string, RouteHandler>();
  // Distinct id ranges so a comment id passed where a check-run id belongs cannot resolve by luck.
  let nextCheckRunId = 1_000_001;
  let nextCommentId = 2_000_001;
  let url = '';

  const commentsOf = (n: number) => state.comments.get(n) ?? state.comments.set(n, []).get(n) ?? [];
  const findComment = (id: number) => [...state.comments.values()].flat().find((c) => c.id === id);
  const takeOne = <T extends { matcher: RequestMatcher; left: number }>(list: T[], r: RecordedRequest) => {
    const hit = list.find((x) => x.left > 0 && matches(x.matcher, r));
    if (hit) hit.left--;
    return hit;
  };

  const checkRunJson = (run: FakeCheckRun) => {
    const self = `${url}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`;
    const { annotations, images: _images, ...output } = run.output;
    return {
      id: run.id, node_id: `CR_${run.id}`, head_sha: run.head_sha, external_id: run.external_id ?? '', url: self,
      html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`, details_url: run.details_url,
      status: run.status, conclusion: run.conclusion, started_at: run.started_at, completed_at: run.completed_at,
      output: { ...output, annotations_count: annotations.length, annotations_url: `${self}/annotations` },
      name: run.name, check_suite: { id: 1 }, app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }, pull_requests: [],
    };
  };
  const commentJson = (c: FakeComment, p: Record<string, string>) => ({
    id: c.id, node_id: `IC_${c.id}`, url: `${url}/repos/${p.owner}/${p.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${p.owner}/${p.repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${url}/repos/${p.owner}/${p.repo}/issues/${c.issue_number}`, body: c.body,
    user: { ...c.user, node_id: `U_${c.user.id}` }, created_at: c.created_at, updated_at: c.updated_at,
    author_association: 'NONE', performed_via_github_app: null,
  });

  // Mirrors what GitHub does with a create/update body: later fields overwrite, annotations append,
  // and a conclusion implies completion.
  const applyCheckRun = (run: FakeCheckRun, body: Obj) => {
    run.name = str(body.name) ?? run.name;
    run.head_sha = str(body.head_sha) ?? run.head_sha;
    for (const k of ['details_url', 'external_id', 'started_at', 'completed_at', 'conclusion'] as const) {
      if (k in body) run[k] = str(body[k]);
    }
    run.status = str(body.status) ?? run.status;
    if (run.conclusion) run.status = 'completed';
    if (run.status === 'completed') run.completed_at ??= now();
    if (isObj(body.output)) {
      const o = body.output;
      for (const k of ['title', 'summary', 'text'] as const) if (k in o) run.output[k] = str(o[k]);
      if (Array.isArray(o.annotations)) run.output.annotations.push(...(o.annotations as FakeAnnotation[]));
      if (Array.isArray(o.images)) run.output.images.push(...o.images);
    }
    if (Array.isArray(body.actions)) run.actions = body.actions;
  };

  const builtIn: Record<string, RouteHandler> = {
    'checks/create': (r) => {
      const p = r.pathParams;
      const run: FakeCheckRun = {
        id: nextCheckRunId++, owner: p.owner ?? '', repo: p.repo ?? '', name: '', head_sha: '', status: 'queued', conclusion: null,
        details_url: null, external_id: null, started_at: now(), completed_at: null,
        output: { title: null, summary: null, text: null, annotations: [], images: [] }, actions: [],
      };
      applyCheckRun(run, isObj(r.body) ? r.body : {});
      state.checkRuns.push(run);
      return { status: 201, body: checkRunJson(run) };
    },
    'checks/update': (r) => withRun(r, (run) => { applyCheckRun(run, isObj(r.body) ? r.body : {}); return { status: 200, body: checkRunJson(run) }; }),
    'checks/get': (r) => withRun(r, (run) => ({ status: 200, body: checkRunJson(run) })),
    'checks/list-annotations': (r) => withRun(r, (run) => paginate(r, run.output.annotations, (a) => ({ ...a, blob_href: '' }))),
    'issues/list-comments': (r) => {
      const since = str(r.query.since);
      const all = commentsOf(Number(r.pathParams.issue_number)).filter((c) => !since || c.updated_at >= since);
      return paginate(r, all, (c) => commentJson(c, r.pathParams));
    },
    'issues/create-comment': (r) => {
      const issue = Number(r.pathParams.issue_number);
      const t = now();
      const c: FakeComment = { id: nextCommentId++, issue_number: issue, body: str(isObj(r.body) ? r.body.body : null) ?? '', user, created_at: t, updated_at: t };
      commentsOf(issue).push(c);
      return { status: 201, body: commentJson(c, r.pathParams) };
    },
    'issues/get-comment': (r) => withComment(r, (c) => ({ status: 200, body: commentJson(c, r.pathParams) })),
    'issues/update-comment': (r) => withComment(r, (c) => {
      c.body = str(isObj(r.body) ? r.body.body : null) ?? c.body;
      c.updated_at = now();
      return { status: 200, body: commentJson(c, r.pathParams) };
    }),
    // GitHub answers 302 to a short-lived blob URL; a job without a log (running, expired) is 404.
    'actions/download-job-logs-for-workflow-run': (r) => {
      const id = Number(r.pathParams.job_id);
      const log = state.jobLogs.get(id);
      if (log === undefined) return { status: 404, body: errorBody(404) };
      return { status: 302, headers: { location: putBlob(`job-logs/${id}.txt?sig=fake`, log) } };
    },
    'actions/get-actions-cache-usage': (r) => ({
      status: 200,
      body: {
        full_name: `${r.pathParams.owner}/${r.pathParams.repo}`,
        active_caches_size_in_bytes: state.caches.reduce((n, c) => n + c.size_in_bytes, 0),
        active_caches_count: state.caches.length,
      },
    }),
    // Sorted as asked (default: last_accessed_at, desc), filtered by ref and key prefix, paged.
    'actions/get-actions-cache-list': (r) => {
      const sort = str(r.query.sort) ?? 'last_accessed_at';
      const field = sort === 'size_in_bytes' ? 'size_in_bytes' : sort === 'created_at' ? 'created_at' : 'last_accessed_at';
      const sign = str(r.query.direction) === 'asc' ? 1 : -1;
      const ref = str(r.query.ref);
      const key = str(r.query.key);
      const all = state.caches
        .filter((c) => (!ref || c.ref === ref) && (!key || c.key.startsWith(key)))
        .sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0));
      const page = paginate(r, all, (c) => c);
      return { ...page, body: { total_count: all.length, actions_caches: page.body } };
    },
    'issues/delete-comment': (r) => withComment(r, (c) => {
      const list = commentsOf(c.issue_number);
      list.splice(list.indexOf(c), 1);
      return { status: 204 };
    }),
  };
  const withRun = (r: RecordedRequest, f: (run: FakeCheckRun) => FakeResponse): FakeResponse => {
    const run = state.checkRuns.find((x) => x.id === Number(r.pathParams.check_run_id));
    return run ? f(run) : { status: 404, body: errorBody(404) };
  };
  const withComment = (r: RecordedRequest, f: (c: FakeComment) => FakeResponse): FakeResponse => {
    const c = findComment(Number(r.pathParams.comment_id));
    return c ? f(c) : { status: 404, body: errorBody(404) };
  };

  // GitHub's pagination: per_page defaults to 30 and is capped at 100, and the Link header lists
  // prev, next, last, first in that order, omitted entirely when everything fits on one page.
  function paginate<T>(r: RecordedRequest, items: T[], toJson: (item: T) => unknown): FakeResponse {
    const perPage = Math.min(100, Math.max(1, Number(r.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(r.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const pageUrl = (n: number) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(r.query)) for (const x of Array.isArray(v) ? v : [v]) q.append(k, x);
      q.set('page', String(n));
      return `<${url}${r.path}?${q.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    return {
      status: 200,
      headers: links.length ? { link: links.join(', ') } : {},
      body: items.slice((page - 1) * perPage, page * perPage).map(toJson),
    };
  }

  function putBlob(name: string, body: string | Buffer): string {
    const path = `/_blobs/${name.split('?')[0]}`;
    blobs.set(path, Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
    return `${url}/_blobs/${name}`;
  }

  // The blob host stands in for Azure storage: no API headers, no validation, and it should
  // never see the API token (a signed URL needs none).
  const sendBlob = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    const blob = req.method === 'GET' ? blobs.get(pathname) : undefined;
    const status = blob ? 200 : 404;
    blobRequests.push({ method: req.method ?? 'GET', path: pathname, authorized: Boolean(req.headers.authorization), status, bytes: blob?.length ?? 0 });
    res.writeHead(status, blob ? { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(blob.length) } : {});
    res.end(blob);
  };

  const send = (res: ServerResponse, rec: RecordedRequest, out: FakeResponse) => {
    rec.status = out.status;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28', 'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${rec.seq}`, 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(Math.max(0, 5000 - rec.seq)),
      'x-ratelimit-used': String(rec.seq), 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core',
      ...(out.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...out.headers,
    };
    res.writeHead(out.status, headers);
    res.end(out.body === undefined ? undefined : JSON.stringify(out.body));
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const blobPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (blobPath.startsWith('/_blobs/')) return sendBlob(req, res, blobPath);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k !== 'authorization' && k !== 'cookie' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    let body: unknown;
    let parseError: string | null = null;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { parseError = 'body is not valid JSON'; body = raw; }
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of target.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const result = validator.validate({ method, path: target.pathname, query: target.searchParams, body: parseError ? undefined : body, contentType: headers['content-type'] });
    const rec: RecordedRequest = {
      seq: requests.length + 1, method, path: target.pathname, query, headers, authorized: Boolean(req.headers.authorization),
      body, operationId: result.operationId, pathParams: result.found ? result.pathParams : {},
      validationErrors: parseError ? [parseError, ...result.errors] : result.errors, handled: true,
    };
    requests.push(rec);
    if (takeOne(hangs, rec)) return;
    const fault = takeOne(faults, rec);
    if (fault) return send(res, rec, { ...fault.response, body: fault.response.body ?? errorBody(fault.response.status) });
    if (parseError) return send(res, rec, { status: 400, body: errorBody(400) });
    if (!result.found) return send(res, rec, { status: 404, body: errorBody(404) });
    if (result.errors.length && opts.rejectInvalid !== false) {
      return send(res, rec, { status: 422, body: errorBody(422, `Invalid request.\n\n${result.errors.join('\n')}`) });
    }
    const handler = handlers.get(result.operationId) ?? builtIn[result.operationId];
    if (!handler) {
      rec.handled = false;
      return send(res, rec, { status: 501, body: errorBody(501, `fake-github-api does not model ${result.operationId}; add it with api.handle()`) });
    }
    send(res, rec, await handler(rec, api));
  };

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(errorBody(500, `fake-github-api crashed: ${String(err)}`)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const api: FakeGitHubApi = {
    url, requests, blobRequests, state,
    invalidRequests: () => requests.filter((r) => r.operationId === null || r.validationErrors.length > 0),
    seedComments: (issueNumber, comments) => comments.map((c) => {
      const t = now();
      const seeded: FakeComment = {
        id: nextCommentId++, issue_number: issueNumber, body: c.body, created_at: t, updated_at: t,
        user: { login: 'octocat', id: 583231, type: 'User', ...c.user },
      };
      commentsOf(issueNumber).push(seeded);
      return seeded;
    }),
    seedJobLog: (jobId, log) => { state.jobLogs.set(jobId, log); },
    putBlob,
    failNext: (matcher, response) => { faults.push({ matcher, response, left: response.times ?? 1 }); },
    hang: (matcher, times = 1) => { hangs.push({ matcher, left: times }); },
    handle: (operationId, handler) => { handlers.set(operationId, handler); },
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Hung requests and keep-alive sockets would otherwise hold close() open indefinitely.
      server.closeAllConnections();
    }),
  };
  return api;
}
