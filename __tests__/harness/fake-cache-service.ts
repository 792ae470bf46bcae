// Loopback fake of the GitHub Actions cache service, shaped after what the REAL
// @actions/cache v6 sends (read from its lib/ sources), so tests can drive the real
// library in-process or inside a spawned bundle.
//
// Child-process env: spread `service.env` over the parent env. Cache service v2 is
// only chosen when isGhes() is false, i.e. GITHUB_SERVER_URL unset or github.com /
// *.ghe.com / *.localhost — a GHES value silently downgrades to v1 (which this fake
// then answers with 404), so v2 env pins GITHUB_SERVER_URL. v1 env blanks
// ACTIONS_CACHE_SERVICE_V2 because any non-empty value selects v2. Also keep
// HTTP(S)_PROXY away from the child (or put 127.0.0.1 in NO_PROXY) and give it
// RUNNER_TEMP / GITHUB_WORKSPACE, which the library uses for archives and tar -C.
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export type CacheProtocol = 'v1' | 'v2';
export type FaultKind = 'restore' | 'save';
// 'api' = the cache-service call (v1 GET cache / POST caches, v2 GetCacheEntryDownloadURL /
// CreateCacheEntry); 'blob' = the archive transfer (v1 PATCH / archive GET, v2 blob PUT / GET).
export type FaultStage = 'api' | 'blob';

export interface FakeCacheEntry { key: string; version: string; size: number; createdAt: number }

export interface FakeCacheService {
  url: string;
  env: Record<string, string>;
  entries(): FakeCacheEntry[];
  requests: Array<{ method: string; path: string }>;
  // One-shot fault. Beware: the v2 twirp client retries 500/502/503/504 after 3 s, 4.5 s, ...
  // (5 attempts), the Azure SDK retries blob PUT 5xx, and v1 retries 502/503/504 once after 5 s,
  // so a single fault there is a real-time delay, then success. Fast failures: v1 500 or 4xx
  // (either stage), v2 restore at 'blob' (plain HTTP GET, 5xx not retried), v2 any 4xx.
  failNext(kind: FaultKind, status: number, stage?: FaultStage): void;
  close(): Promise<void>;
}

interface Slot {
  id: number;
  key: string;
  version: string;
  committed: boolean;
  createdAt: number;
  blob?: Buffer;
  blocks: Map<string, Buffer>; // Azure Put Block (staged, not yet in a block list)
  chunks: Array<{ start: number; data: Buffer }>; // v1 PATCH Content-Range pieces
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const V1_BASE = '/fake-cache-v1/'; // real ACTIONS_CACHE_URL has a path; the library appends to it
const V1_API = `${V1_BASE}_apis/artifactcache/`;
const BLOB_BASE = '/devstoreaccount1/actions-cache/'; // path-style so BlobClient parses account/container
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument', 401: 'unauthenticated', 403: 'permission_denied', 404: 'not_found',
  409: 'already_exists', 412: 'failed_precondition', 429: 'resource_exhausted', 503: 'unavailable'
};

export async function startFakeCacheService(opts: { protocol?: CacheProtocol } = {}): Promise<FakeCacheService> {
  const protocol = opts.protocol ?? 'v2';
  const token = `fake-runtime-token-${randomBytes(8).toString('hex')}`;
  const sig = randomBytes(12).toString('hex');
  const slots: Slot[] = [];
  const faults: Array<{ kind: FaultKind; stage: FaultStage; status: number }> = [];
  const requests: Array<{ method: string; path: string }> = [];
  let lastCreatedAt = 0;
  let origin = '';

  const takeFault = (kind: FaultKind, stage: FaultStage): number | undefined => {
    const i = faults.findIndex(f => f.kind === kind && f.stage === stage);
    return i < 0 ? undefined : faults.splice(i, 1)[0]?.status;
  };
  const findSlot = (key: string, version: string): Slot | undefined =>
    slots.find(s => s.key === key && s.version === version);
  const blobUrl = (s: Slot): string => `${origin}${BLOB_BASE}${s.id}?sv=2024-11-04&sr=b&sp=rcw&sig=${sig}`;

  // Real matching order (docs "cache key matching"): exact primary key, then the primary key as a
  // prefix, then each restore key as a prefix; among prefix matches the newest entry wins.
  // Only committed entries of the same version (hash of paths + compression) are candidates.
  const lookup = (primary: string, restoreKeys: string[], version: string): Slot | undefined => {
    const live = slots.filter(s => s.committed && s.version === version).sort((a, b) => b.createdAt - a.createdAt);
    return live.find(s => s.key === primary) ?? [primary, ...restoreKeys]
      .map(prefix => live.find(s => s.key.startsWith(prefix))).find(s => s !== undefined);
  };

  // An entry is (key, version); a pending reservation blocks a second writer, as on the real service.
  const reserve = (key: string, version: string): Slot | undefined => {
    if (findSlot(key, version)) return undefined;
    const slot: Slot = { id: slots.length + 1, key, version, committed: false, createdAt: 0, blocks: new Map(), chunks: [] };
    slots.push(slot);
    return slot;
  };
  const commit = (slot: Slot): void => {
    slot.committed = true;
    // Strictly increasing so "newest" is well defined even within one millisecond.
    slot.createdAt = lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  };

  const send = (res: http.ServerResponse, status: number, body?: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
    const json = body !== undefined && typeof body !== 'string';
    res.writeHead(status, json ? { 'Content-Type': 'application/json', ...headers } : headers);
    res.end(json ? JSON.stringify(body) : body);
  };
  // The twirp client JSON.parses every body (a non-JSON error is retried as if transient).
  const twirpError = (res: http.ServerResponse, status: number, msg: string): void =>
    send(res, status, { code: TWIRP_CODES[status] ?? 'internal', msg });
  const azureError = (res: http.ServerResponse, status: number, code: string): void =>
    send(res, status, `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
      { 'Content-Type': 'application/xml', 'x-ms-error-code': code });

  async function handleTwirp(method: string, body: Buffer, res: http.ServerResponse): Promise<void> {
    // Requests are protobuf-JSON with proto field names (useProtoFieldName): key, version,
    // restore_keys, size_bytes (int64 => string). Responses are parsed by fromJson, which
    // accepts snake or camel case; we answer like twirp-go (proto names, defaults emitted).
    const req = JSON.parse(body.toString('utf8') || '{}') as { key?: string; version?: string; restore_keys?: string[]; size_bytes?: string };
    const key = req.key ?? '';
    const version = req.version ?? '';
    if (method === 'GetCacheEntryDownloadURL') {
      const fault = takeFault('restore', 'api');
      if (fault) return twirpError(res, fault, 'injected fault');
      const hit = lookup(key, req.restore_keys ?? [], version);
      return send(res, 200, hit ? { ok: true, signed_download_url: blobUrl(hit), matched_key: hit.key }
        : { ok: false, signed_download_url: '', matched_key: '' });
    }
    if (method === 'CreateCacheEntry') {
      const fault = takeFault('save', 'api');
      if (fault) return twirpError(res, fault, 'injected fault');
      const slot = reserve(key, version);
      // Real wording; the library turns it into ReserveCacheError -> saveCache returns -1.
      if (!slot) return twirpError(res, 409, 'cache entry with the same key, version, and scope already exists');
      return send(res, 200, { ok: true, signed_upload_url: blobUrl(slot), message: '' });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const slot = findSlot(key, version);
      if (!slot || slot.committed) return twirpError(res, 404, 'cache entry not found');
      if (!slot.blob || String(slot.blob.length) !== req.size_bytes) {
        return twirpError(res, 400, `uploaded size ${slot.blob?.length ?? 0} != size_bytes ${req.size_bytes ?? ''}`);
      }
      commit(slot);
      return send(res, 200, { ok: true, entry_id: String(slot.id), message: '' });
    }
    twirpError(res, 404, `no such method ${method}`);
  }

  function handleV1(method: string, resource: string, query: URLSearchParams, body: Buffer, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (method === 'GET' && resource === 'cache') {
      const fault = takeFault('restore', 'api');
      if (fault) return send(res, fault, { message: 'injected fault' });
      const [primary = '', ...restoreKeys] = (query.get('keys') ?? '').split(',');
      const hit = lookup(primary, restoreKeys, query.get('version') ?? '');
      if (!hit) return send(res, 204);
      return send(res, 200, { cacheKey: hit.key, scope: 'refs/heads/main', cacheVersion: hit.version,
        creationTime: new Date(hit.createdAt).toISOString(), archiveLocation: blobUrl(hit) });
    }
    if (method === 'GET' && resource === 'caches') { // diagnostics listing, only used when RUNNER_DEBUG=1
      const found = slots.filter(s => s.committed && s.key === query.get('key'));
      return send(res, 200, { totalCount: found.length, artifactCaches: found.map(s => ({ cacheKey: s.key, cacheVersion: s.version, scope: 'refs/heads/main' })) });
    }
    if (method === 'POST' && resource === 'caches') {
      const fault = takeFault('save', 'api');
      if (fault) return send(res, fault, { message: 'injected fault' });
      const r = JSON.parse(body.toString('utf8')) as { key: string; version: string; cacheSize?: number };
      const slot = reserve(r.key, r.version);
      // HttpClientError(409) -> no cacheId -> ReserveCacheError -> saveCache returns -1.
      if (!slot) return send(res, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${r.key}, Version: ${r.version}`, typeKey: 'ArtifactCacheAlreadyExistsException' });
      return send(res, 201, { cacheId: slot.id });
    }
    const slot = /^caches\/\d+$/.test(resource) ? slots[Number(resource.slice(7)) - 1] : undefined;
    if (!slot || slot.committed) return send(res, 404, { message: 'cache not found' });
    if (method === 'PATCH') { // chunks arrive concurrently and out of order: `bytes start-end/*`
      const fault = takeFault('save', 'blob');
      if (fault) return send(res, fault, { message: 'injected fault' });
      const m = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '');
      if (!m || Number(m[2]) - Number(m[1]) + 1 !== body.length) return send(res, 400, { message: 'bad Content-Range' });
      slot.chunks.push({ start: Number(m[1]), data: body });
      return send(res, 204);
    }
    if (method === 'POST') { // commit {size}
      const size = (JSON.parse(body.toString('utf8')) as { size: number }).size;
      const sorted = [...slot.chunks].sort((a, b) => a.start - b.start);
      let at = 0;
      for (const c of sorted) { if (c.start !== at) break; at += c.data.length; }
      if (at !== size || at !== sorted.reduce((n, c) => n + c.data.length, 0)) return send(res, 400, { message: `uploaded ${at} bytes, commit says ${size}` });
      slot.blob = Buffer.concat(sorted.map(c => c.data));
      commit(slot);
      return send(res, 204);
    }
    send(res, 405, { message: 'method not allowed' });
  }

  function handleBlob(method: string, slot: Slot | undefined, query: URLSearchParams, body: Buffer, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!slot || query.get('sig') !== sig) return azureError(res, 403, 'AuthenticationFailed');
    const ok = { ETag: `"0x${slot.id.toString(16).padStart(15, '8')}"`, 'Last-Modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(), 'x-ms-version': req.headers['x-ms-version'] ?? '2024-11-04' };
    if (method === 'GET' || method === 'HEAD') {
      const fault = takeFault('restore', 'blob');
      if (fault) return azureError(res, fault, 'InternalError');
      if (!slot.committed || !slot.blob) return azureError(res, 404, 'BlobNotFound');
      res.writeHead(200, { ...ok, 'Content-Type': 'application/octet-stream', 'Content-Length': slot.blob.length, 'x-ms-blob-type': 'BlockBlob' });
      return void res.end(method === 'GET' ? slot.blob : undefined);
    }
    if (method !== 'PUT') return azureError(res, 405, 'UnsupportedHttpVerb');
    if (slot.committed) return azureError(res, 409, 'BlobImmutable'); // upload URL is spent after finalize
    const fault = takeFault('save', 'blob');
    if (fault) return azureError(res, fault, 'InternalError');
    const created = { ...ok, 'x-ms-request-server-encrypted': 'true' };
    const comp = query.get('comp');
    if (comp === 'block') { // BlockBlobClient.stageBlock: only for files > maxSingleShotSize (128 MiB)
      slot.blocks.set(query.get('blockid') ?? '', body);
      return send(res, 201, undefined, created);
    }
    if (comp === 'blocklist') { // commitBlockList: <BlockList><Latest>id</Latest>...</BlockList>
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(m => m[1] ?? '');
      const parts = ids.map(id => slot.blocks.get(id));
      if (parts.some(p => p === undefined)) return azureError(res, 400, 'InvalidBlockList');
      slot.blob = Buffer.concat(parts as Buffer[]);
      return send(res, 201, undefined, created);
    }
    // Put Blob (single shot): what uploadFile does for archives <= 128 MiB.
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return azureError(res, 400, 'MissingRequiredHeader');
    slot.blob = body;
    send(res, 201, undefined, created);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', origin);
      requests.push({ method, path: req.url ?? '/' });
      const body = Buffer.concat(chunks);
      const authorized = req.headers.authorization === `Bearer ${token}`;
      const route = async (): Promise<void> => {
        if (url.pathname.startsWith(BLOB_BASE)) {
          return handleBlob(method, slots[Number(url.pathname.slice(BLOB_BASE.length)) - 1], url.searchParams, body, req, res);
        }
        if (protocol === 'v2' && method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
          if (!authorized) return twirpError(res, 401, 'missing or wrong ACTIONS_RUNTIME_TOKEN');
          return handleTwirp(url.pathname.slice(TWIRP_PREFIX.length), body, res);
        }
        if (protocol === 'v1' && url.pathname.startsWith(V1_API)) {
          if (!authorized) return send(res, 401, { message: 'missing or wrong ACTIONS_RUNTIME_TOKEN' });
          return handleV1(method, url.pathname.slice(V1_API.length), url.searchParams, body, req, res);
        }
        send(res, 404, { message: `fake cache service (${protocol}): no route for ${method} ${url.pathname}` });
      };
      route().catch((err: unknown) => send(res, 500, { message: String(err), msg: String(err) }));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const url = protocol === 'v2' ? `${origin}/` : `${origin}${V1_BASE}`;
  const env: Record<string, string> = protocol === 'v2'
    ? { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: token, GITHUB_SERVER_URL: 'https://github.com' }
    : { ACTIONS_CACHE_URL: url, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: '' };

  return {
    url,
    env,
    requests,
    entries: () => slots.filter(s => s.committed)
      .map(s => ({ key: s.key, version: s.version, size: s.blob?.length ?? 0, createdAt: s.createdAt })),
    failNext: (kind, status, stage = 'api') => void faults.push({ kind, stage, status }),
    close: () => new Promise<void>((resolve, reject) => {
      server.close(err => (err ? reject(err) : resolve()));
      server.closeAllConnections(); // the Azure SDK keeps sockets alive
    })
  };
}
