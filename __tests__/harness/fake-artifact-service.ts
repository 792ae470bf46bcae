// Loopback fake of the GitHub Actions artifact backend, shaped after what the REAL
// @actions/artifact v6 sends (read from its lib/ sources), so tests can drive the real library
// in-process or inside a spawned bundle.
//
// Upload (uploadArtifact): twirp JSON POSTs to `<origin of ACTIONS_RESULTS_URL>/twirp/
// github.actions.results.api.v1.ArtifactService/{CreateArtifact,FinalizeArtifact}` with the
// ACTIONS_RUNTIME_TOKEN as Bearer. The token must be a JWT whose `scp` claim holds
// `Actions.Results:<runBackendId>:<jobBackendId>` (the library decodes it without verifying and
// sends both ids in every request). Between the two, the Azure SDK's uploadStream always stages
// blocks (`PUT ?comp=block&blockid=`) and commits them (`PUT ?comp=blocklist`), even for tiny
// zips, on the signed_upload_url that CreateArtifact returned.
//
// Download (downloadArtifact with findBy): public REST API, so it goes to the fake GitHub API:
// `actions/list-workflow-run-artifacts` then `actions/download-artifact`, which answers 302 to a
// blob URL here. `serveDownloads(api)` registers both handlers.
//
// Child-process env: spread `service.env` over the parent env, plus GITHUB_API_URL = the fake
// GitHub API's url for downloads. GITHUB_SERVER_URL is pinned because a GHES value makes the
// library refuse (GHESNotSupportedError). Keep HTTP(S)_PROXY away from the child, or put
// 127.0.0.1 in NO_PROXY.
import http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FakeGitHubApi, FakeResponse, RecordedRequest } from './fake-github-api.js';
import { writeZip, type ZipInput } from './zip.js';

/** 'create' / 'finalize' = the twirp calls; 'blob' = the Azure block upload; 'download' = the zip GET. */
export type ArtifactFaultStage = 'create' | 'blob' | 'finalize' | 'download';

export interface FakeArtifact {
  id: number;
  name: string;
  /** The GitHub run id (what `findBy.workflowRunId` and the REST API speak). */
  runId: number;
  size: number;
  zip: Buffer;
  /** `sha256:<hex>` as FinalizeArtifact sent it (or computed for seeded artifacts). */
  digest: string;
  /** As the upload committed it (x-ms-blob-content-type); served back on download. */
  contentType: string;
  createdAt: string;
  expiresAt: string;
}

export interface FakeArtifactService {
  url: string;
  env: Record<string, string>;
  /** The run id that uploads through `env` belong to. */
  runId: number;
  requests: Array<{ method: string; path: string }>;
  /** Finalized artifacts, in upload order. */
  artifacts(): FakeArtifact[];
  /** An artifact as if another run (e.g. the gate job of a fork PR) had uploaded it. */
  seed(opts: { runId: number; name: string; files: ZipInput; expiresAt?: string }): FakeArtifact;
  /**
   * One-shot fault at a stage. Beware the library's retries, which really sleep: twirp retries
   * 429/500/502/503/504 after 3 s, then ~4.5-6.8 s, ... (5 attempts); the Azure SDK retries a block
   * PUT 500/503 after 4 s, 12 s, 28 s; the zip download is retried 5 times, 5 s apart, whatever the
   * status. Fast failures: any other 4xx on create/finalize/blob.
   */
  failNext(stage: ArtifactFaultStage, status: number): void;
  /** Answer the REST calls of a findBy download on `api`; its url must be GITHUB_API_URL. */
  serveDownloads(api: FakeGitHubApi): void;
  close(): Promise<void>;
}

interface Pending {
  slot: number;
  name: string;
  expiresAt?: string;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
  contentType?: string;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_BASE = '/devstoreaccount1/actions-results/'; // path-style so BlobClient parses account/container
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument', 401: 'unauthenticated', 403: 'permission_denied', 404: 'not_found',
  409: 'already_exists', 412: 'failed_precondition', 429: 'resource_exhausted', 503: 'unavailable'
};
const AZURE_MESSAGES: Record<string, string> = {
  AuthenticationFailed: 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
  InternalError: 'Server encountered an internal error. Please try again after some time.',
  InvalidBlockList: 'The specified block list is invalid.'
};
const DAY_MS = 86_400_000;
const DEFAULT_RETENTION_DAYS = 90;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const base64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export async function startFakeArtifactService(opts: { runId?: number } = {}): Promise<FakeArtifactService> {
  const runId = opts.runId ?? 4242;
  const runBackendId = randomUUID();
  const jobBackendId = randomUUID();
  // Unsigned as far as the library cares: it only base64-decodes the payload for `scp`.
  const token = [
    base64url({ typ: 'JWT', alg: 'RS256' }),
    base64url({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 }),
    randomBytes(32).toString('base64url')
  ].join('.');
  const sig = randomBytes(12).toString('hex');
  const pending: Pending[] = []; // index = slot - 1; blobs of created, not yet finalized artifacts
  const finalized: FakeArtifact[] = [];
  const faults: Array<{ stage: ArtifactFaultStage; status: number }> = [];
  const requests: Array<{ method: string; path: string }> = [];
  let nextId = 7_000_001; // distinct from the fake API's check-run and comment ids
  let origin = '';

  const takeFault = (stage: ArtifactFaultStage): number | undefined => {
    const i = faults.findIndex(f => f.stage === stage);
    return i < 0 ? undefined : faults.splice(i, 1)[0]?.status;
  };
  const blobUrl = (slot: number): string => `${origin}${BLOB_BASE}${slot}?sv=2024-11-04&sr=b&sp=rcw&sig=${sig}`;
  // Downloads read finalized artifacts only; the `.zip` suffix is what the real redirect target has.
  const downloadUrl = (a: FakeArtifact): string => `${origin}${BLOB_BASE}artifact-${a.id}.zip?sv=2024-11-04&sr=b&sp=r&sig=${sig}`;
  const record = (a: Omit<FakeArtifact, 'id' | 'createdAt'>): FakeArtifact => {
    const artifact = { ...a, id: nextId++, createdAt: iso(Date.now()) };
    finalized.push(artifact);
    return artifact;
  };

  const send = (res: http.ServerResponse, status: number, body?: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
    const json = body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
    res.writeHead(status, json ? { 'Content-Type': 'application/json', ...headers } : headers);
    res.end(json ? JSON.stringify(body) : body);
  };
  // The twirp client JSON.parses every body (a non-JSON body is retried as if transient) and shows
  // `msg` after the status line: "Failed request: (409) Conflict: <msg>".
  const twirpError = (res: http.ServerResponse, status: number, msg: string): void =>
    send(res, status, { code: TWIRP_CODES[status] ?? 'internal', msg });
  // The SDK's RestError message is <Message>, whose first line is what a user sees.
  const azureError = (res: http.ServerResponse, status: number, code: string): void =>
    send(res, status, `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${AZURE_MESSAGES[code] ?? code}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`,
      { 'Content-Type': 'application/xml', 'x-ms-error-code': code });

  interface TwirpRequest {
    workflow_run_backend_id?: string; workflow_job_run_backend_id?: string; name?: string;
    expires_at?: string; version?: number; mime_type?: string; size?: string; hash?: string;
  }

  function handleTwirp(method: string, req: TwirpRequest, res: http.ServerResponse): void {
    // Requests are protobuf-JSON with proto field names: wrappers (mime_type, hash) are plain
    // strings, int64 (size) a string, Timestamp (expires_at) RFC 3339. Responses are parsed by
    // fromJson, which accepts snake or camel case; we answer with proto names like twirp-go.
    if (req.workflow_run_backend_id !== runBackendId || req.workflow_job_run_backend_id !== jobBackendId) {
      return twirpError(res, 400, 'backend ids do not match the token scope');
    }
    const name = req.name ?? '';
    if (method === 'CreateArtifact') {
      const fault = takeFault('create');
      if (fault) return twirpError(res, fault, 'injected fault');
      if (req.version !== 7) return twirpError(res, 400, `unsupported artifact version ${String(req.version)}`);
      // One name per workflow run, across jobs and attempts; a pending upload holds the name too.
      const taken = finalized.some(a => a.runId === runId && a.name === name) || pending.some(p => p.name === name);
      if (taken) return twirpError(res, 409, 'an artifact with this name already exists on the workflow run');
      const slot = pending.length + 1;
      pending.push({ slot, name, expiresAt: req.expires_at, blocks: new Map() });
      return send(res, 200, { ok: true, signed_upload_url: blobUrl(slot) });
    }
    if (method === 'FinalizeArtifact') {
      const fault = takeFault('finalize');
      if (fault) return twirpError(res, fault, 'injected fault');
      const p = pending.find(x => x.name === name && x.blob !== undefined);
      if (!p?.blob) return twirpError(res, 404, `no uploaded artifact named ${name}`);
      if (req.size !== String(p.blob.length)) return twirpError(res, 400, `uploaded ${p.blob.length} bytes, finalize says ${req.size ?? ''}`);
      const digest = `sha256:${createHash('sha256').update(p.blob).digest('hex')}`;
      if (req.hash !== undefined && req.hash !== digest) return twirpError(res, 400, `hash ${req.hash} does not match the upload (${digest})`);
      pending[p.slot - 1] = { ...p, name: '' }; // the slot stays so slot numbers keep matching indices
      const a = record({
        name, runId, size: p.blob.length, zip: p.blob, digest, contentType: p.contentType ?? 'application/octet-stream',
        expiresAt: p.expiresAt ? iso(Date.parse(p.expiresAt)) : iso(Date.now() + DEFAULT_RETENTION_DAYS * DAY_MS)
      });
      return send(res, 200, { ok: true, artifact_id: String(a.id) });
    }
    twirpError(res, 404, `fake artifact service does not model ${method}`);
  }

  function handleUpload(method: string, p: Pending | undefined, query: URLSearchParams, body: Buffer, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!p || !p.name || query.get('sig') !== sig) return azureError(res, 403, 'AuthenticationFailed');
    if (method !== 'PUT') return azureError(res, 405, 'UnsupportedHttpVerb');
    const fault = takeFault('blob');
    if (fault) return azureError(res, fault, fault === 403 ? 'AuthenticationFailed' : 'InternalError');
    const created = { ETag: `"0x8${p.slot.toString(16).padStart(14, '0')}"`, 'Last-Modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(), 'x-ms-version': req.headers['x-ms-version'] ?? '2024-11-04', 'x-ms-request-server-encrypted': 'true' };
    const comp = query.get('comp');
    if (comp === 'block') {
      p.blocks.set(query.get('blockid') ?? '', body);
      return send(res, 201, undefined, created);
    }
    if (comp === 'blocklist') { // <BlockList><Latest>id</Latest>...</BlockList>
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(m => m[1] ?? '');
      const parts = ids.map(id => p.blocks.get(id));
      if (parts.some(x => x === undefined)) return azureError(res, 400, 'InvalidBlockList');
      p.blob = Buffer.concat(parts as Buffer[]);
      p.contentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
      return send(res, 201, undefined, created);
    }
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return azureError(res, 400, 'MissingRequiredHeader');
    p.blob = body; // Put Blob in one shot
    p.contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
    send(res, 201, undefined, created);
  }

  function handleDownload(id: number, query: URLSearchParams, res: http.ServerResponse): void {
    const a = finalized.find(x => x.id === id);
    if (!a || query.get('sig') !== sig) return azureError(res, 403, 'AuthenticationFailed');
    const fault = takeFault('download');
    if (fault) return azureError(res, fault, 'InternalError');
    // The library extracts only what is served as a zip (or has a .zip path); anything else is saved raw.
    res.writeHead(200, { 'Content-Type': a.contentType, 'Content-Length': a.zip.length, 'x-ms-blob-type': 'BlockBlob',
      'Content-Disposition': `attachment; filename="${a.name}.zip"` });
    res.end(a.zip);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', origin);
      requests.push({ method, path: req.url ?? '/' });
      const body = Buffer.concat(chunks);
      try {
        const download = new RegExp(`^${BLOB_BASE}artifact-(\\d+)\\.zip$`).exec(url.pathname);
        if (download && method === 'GET') return handleDownload(Number(download[1]), url.searchParams, res);
        if (url.pathname.startsWith(BLOB_BASE)) {
          return handleUpload(method, pending[Number(url.pathname.slice(BLOB_BASE.length)) - 1], url.searchParams, body, req, res);
        }
        if (method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
          if (req.headers.authorization !== `Bearer ${token}`) return twirpError(res, 401, 'missing or wrong ACTIONS_RUNTIME_TOKEN');
          return handleTwirp(url.pathname.slice(TWIRP_PREFIX.length), JSON.parse(body.toString('utf8') || '{}') as TwirpRequest, res);
        }
        send(res, 404, { msg: `fake artifact service: no route for ${method} ${url.pathname}` });
      } catch (err) {
        twirpError(res, 500, String(err));
      }
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // REST shape of one artifact (components/schemas/artifact).
  const artifactJson = (a: FakeArtifact, apiUrl: string, p: Record<string, string>) => {
    const self = `${apiUrl}/repos/${p.owner}/${p.repo}/actions/artifacts/${a.id}`;
    return {
      id: a.id, node_id: `MDg6QXJ0aWZhY3Q${a.id}`, name: a.name, size_in_bytes: a.size, url: self,
      archive_download_url: `${self}/zip`, expired: Date.parse(a.expiresAt) <= Date.now(),
      created_at: a.createdAt, updated_at: a.createdAt, expires_at: a.expiresAt, digest: a.digest,
      workflow_run: { id: a.runId, repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: '0'.repeat(40) }
    };
  };
  const notFound: FakeResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };

  return {
    url: `${origin}/`,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${origin}/`, GITHUB_SERVER_URL: 'https://github.com' },
    runId,
    requests,
    artifacts: () => [...finalized],
    seed: ({ runId: seededRun, name, files, expiresAt }) => {
      const zip = writeZip(files);
      return record({ name, runId: seededRun, size: zip.length, zip, digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`, contentType: 'application/zip',
        expiresAt: expiresAt ?? iso(Date.now() + DEFAULT_RETENTION_DAYS * DAY_MS) });
    },
    failNext: (stage, status) => void faults.push({ stage, status }),
    serveDownloads: (api) => {
      // GitHub lists newest first; `name` filters exactly; per_page/page as everywhere in the API.
      api.handle('actions/list-workflow-run-artifacts', (r: RecordedRequest) => {
        const name = typeof r.query.name === 'string' ? r.query.name : undefined;
        const all = finalized.filter(a => a.runId === Number(r.pathParams.run_id) && (name === undefined || a.name === name))
          .sort((x, y) => y.id - x.id);
        const perPage = Math.min(100, Math.max(1, Number(r.query.per_page ?? 30) || 30));
        const page = Math.max(1, Number(r.query.page ?? 1) || 1);
        const shown = all.slice((page - 1) * perPage, page * perPage);
        return { status: 200, body: { total_count: all.length, artifacts: shown.map(a => artifactJson(a, api.url, r.pathParams)) } };
      });
      api.handle('actions/download-artifact', (r: RecordedRequest) => {
        if (!r.authorized) return { status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' } };
        const a = finalized.find(x => x.id === Number(r.pathParams.artifact_id));
        if (!a) return notFound;
        if (Date.parse(a.expiresAt) <= Date.now()) return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest', status: '410' } };
        return { status: 302, headers: { location: downloadUrl(a) } };
      });
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.close(err => (err ? reject(err) : resolve()));
      server.closeAllConnections(); // the Azure SDK keeps sockets alive
    })
  };
}
