import { HttpClient } from '@actions/http-client';
import type { IncomingMessage } from 'node:http';
import { CacheLogScanner, type JobCacheLog } from '../pipeline/cache-log.js';
import { refusal } from './jobs.js';
import { withDeadline, type GitHubClient } from './octokit.js';

/**
 * A job's log, for the cache report. GitHub answers `GET /repos/{owner}/{repo}/actions/jobs/{id}/logs`
 * with a 302 to a short-lived signed blob URL; we take the redirect ourselves, so the API token
 * never travels to the blob host, and stream the blob through the cache scanner line by line,
 * reading at most `maxBytes` and for at most `timeoutMs`. Nothing here throws: a log that cannot
 * be read is a reason for the report.
 */

export interface JobLogQuery {
  readonly owner: string;
  readonly repo: string;
  readonly jobId: number;
}

export interface LogBounds {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

export type JobLogResult =
  | { readonly ok: true; readonly log: JobCacheLog; readonly bytes: number; readonly cut: boolean }
  | { readonly ok: false; readonly reason: string };

/** A line longer than this is test output, never a cache message: it is skipped, not buffered. */
const MAX_LINE_BYTES = 64 * 1024;

export async function readJobLog(client: GitHubClient, q: JobLogQuery, bounds: LogBounds, apiUrl: string): Promise<JobLogResult> {
  let location: string | undefined;
  try {
    const asked = client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      owner: q.owner,
      repo: q.repo,
      job_id: q.jobId,
      request: { redirect: 'manual' }
    });
    // Octokit has no deadline of its own: a hung request must not hang the gate.
    const res = await withDeadline(asked, bounds.timeoutMs, `the log location of job ${q.jobId}`);
    location = res.headers.location;
    // A fetch that followed the redirect after all hands us the text itself.
    const data: unknown = res.data;
    if (!location && typeof data === 'string') return scanText(data, bounds.maxBytes);
  } catch (err) {
    return { ok: false, reason: refusal(`read the log of job ${q.jobId}`, err) };
  }
  if (!location) return { ok: false, reason: `GitHub gave no log location for job ${q.jobId}` };
  const where = blobUrl(location, apiUrl);
  if (!where.ok) return where;
  return streamBlob(where.url, bounds);
}

/** Signed blob URLs are https; plain http only where the API itself is (a local test server, GHES without TLS). */
function blobUrl(location: string, apiUrl: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return { ok: false, reason: 'GitHub redirected the log download to an address that is not a URL' };
  }
  const api = new URL(apiUrl);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === api.origin)) return { ok: true, url: url.toString() };
  return { ok: false, reason: `the log download was redirected to ${url.protocol}//${url.host}, which is not https; not followed` };
}

async function streamBlob(url: string, bounds: LogBounds): Promise<JobLogResult> {
  const http = new HttpClient('pipeline-gates', [], { socketTimeout: bounds.timeoutMs, allowRedirects: true, maxRedirects: 3 });
  let message: IncomingMessage | undefined;
  const timer = setTimeout(() => message?.destroy(new Error(`the log took longer than ${bounds.timeoutMs / 1000} s to download`)), bounds.timeoutMs);
  try {
    message = (await http.get(url)).message;
    if (message.statusCode !== 200) {
      message.resume();
      return { ok: false, reason: `the log download answered HTTP ${message.statusCode ?? '?'}` };
    }
    return await scanStream(message, bounds.maxBytes);
  } catch (err) {
    return { ok: false, reason: `the log could not be downloaded (${(err as Error).message.split('\n', 1)[0]})` };
  } finally {
    clearTimeout(timer);
    http.dispose();
  }
}

/** Splits the stream into lines for the scanner, stopping after `maxBytes` (the cut line is dropped). */
async function scanStream(stream: AsyncIterable<Buffer> & { destroy(): void }, maxBytes: number): Promise<JobLogResult> {
  const scanner = new CacheLogScanner();
  const decoder = new TextDecoder();
  let bytes = 0;
  let cut = false;
  let rest = '';
  let skipping = false;
  for await (const chunk of stream) {
    const take = Math.min(chunk.length, maxBytes - bytes);
    bytes += take;
    const lines = (rest + decoder.decode(chunk.subarray(0, take), { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!skipping) scanner.push(line);
      skipping = false;
    }
    if (rest.length > MAX_LINE_BYTES) {
      rest = '';
      skipping = true;
    }
    // Only a byte beyond the bound proves the log was longer: at exactly `maxBytes` read on.
    if (take < chunk.length) {
      cut = true;
      stream.destroy();
      break;
    }
  }
  if (!cut) {
    rest += decoder.decode();
    if (rest && !skipping) scanner.push(rest);
  }
  return { ok: true, log: scanner.finish(), bytes, cut };
}

function scanText(text: string, maxBytes: number): JobLogResult {
  const buf = Buffer.from(text, 'utf8');
  const cut = buf.length > maxBytes;
  const scanner = new CacheLogScanner();
  const lines = buf.subarray(0, maxBytes).toString('utf8').split('\n');
  if (cut) lines.pop();
  for (const line of lines) scanner.push(line);
  return { ok: true, log: scanner.finish(), bytes: Math.min(buf.length, maxBytes), cut };
}
