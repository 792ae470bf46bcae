import { percent, sig3 } from '../model/format.js';
import { mb, secs, type CacheDiagnosis } from '../pipeline/cache-advice.js';
import type { CacheReport } from '../pipeline/cache-history.js';
import type { CacheSummary } from '../pipeline/cache-report.js';
import type { ContainerScan } from '../pipeline/container-gate.js';
import { CLOSE, OPEN } from '../pipeline/rich-text.js';
import type { WhySlow } from '../pipeline/types.js';
import { clock } from '../pipeline/why-slow.js';
import { cell, code, codeBlock, inline, table } from './markdown.js';

/**
 * The pipeline advice as markdown: the cache table with its findings, "why this run took N
 * minutes", and the container findings. Everything that came from a log, a workflow or a
 * Dockerfile goes through the escaping helpers; tables and lists are bounded.
 */

const CACHE_ROWS = 15;
const FINDINGS_SHOWN = 8;
const CAUSES_SHOWN = 6;
const STEP_ROWS = 8;
const CONTAINER_SHOWN = 12;

export function renderCaches(report: CacheReport, trend: string): string {
  const r = report.run;
  const parts = ['#### Caches'];
  if (r.hitRate !== null) {
    const rate = `**Hit rate** ${r.found} of ${r.lookups} lookups found an entry (${percent(r.hitRate, 1)}: ${r.exact} exact, ${r.found - r.exact} from a restore key)`;
    parts.push(trend ? `${rate} · ${trend}` : rate);
  } else parts.push(r.jobsRead ? 'No cache lookups in the job logs read.' : 'No job log could be read, so cache use is unknown.');
  if (r.caches.length) parts.push(cacheTable(r.caches.slice(0, CACHE_ROWS), report.history));
  if (r.caches.length > CACHE_ROWS) parts.push(`…and ${r.caches.length - CACHE_ROWS} more caches.`);
  if (report.usage) parts.push(`Repository cache: ${gb(report.usage.bytes)} of ${gb(report.usage.limitBytes)} in ${report.usage.count} entries.`);
  if (report.diagnoses.length) parts.push(diagnoses(report.diagnoses));
  if (r.notes.length) parts.push(r.notes.map((n) => `- ${inline(n)}`).join('\n'));
  return parts.join('\n\n');
}

function cacheTable(caches: readonly CacheSummary[], history: CacheReport['history']): string {
  const head = ['Cache', 'Jobs', 'Hit', 'Restore-key hit', 'Miss', 'Saves', 'Down / up', 'Time', ...(history ? [`Last ${history.runs} runs (hit / restore-key / miss)`] : [])];
  const rows = caches.map((c) => {
    const h = history?.perCache[c.id];
    const misses = c.counts.miss + c.counts.failed;
    const lost = c.counts.conflict ? ` (${c.counts.conflict} lost)` : '';
    return [
      `${code(c.id)}${c.prefix && c.prefix !== c.id ? `<br>${code(`${c.prefix}…`)}` : ''}`.replace(/\|/g, '\\|'),
      String(c.jobs.length),
      String(c.counts.hit),
      String(c.counts.partial),
      misses ? `**${misses}**` : '0',
      `${c.counts.saved}${lost}`,
      `${c.restoredBytes ? mb(c.restoredBytes) : '—'} / ${c.savedBytes ? mb(c.savedBytes) : '—'}`,
      secs(c.restoreSeconds + c.saveSeconds),
      ...(history ? [h ? `${h.hit} / ${h.partial} / ${h.miss}` : 'new'] : [])
    ];
  });
  return table(head, rows);
}

function diagnoses(list: readonly CacheDiagnosis[]): string {
  const shown = list.slice(0, FINDINGS_SHOWN).map((d) => {
    const where = d.location ? ` — ${code(`${d.location.file}:${d.location.line}`)}` : '';
    const rewrite = d.rewrite ? `\n\n${indent(codeBlock(d.rewrite, 'yaml'))}` : '';
    return `- ⚠️ ${richMarkdown(d.problem)} ${richMarkdown(d.cost)}${where}\n  **Fix:** ${richMarkdown(d.fix)}${rewrite}`;
  });
  const more = list.length > FINDINGS_SHOWN ? `\n- …and ${list.length - FINDINGS_SHOWN} more.` : '';
  return `**What to change**\n\n${shown.join('\n')}${more}`;
}

/** "Why this run took 23 minutes": open when the run is over budget, folded when it is not. */
export function renderWhy(why: WhySlow, withinBudget: boolean): string {
  const took = why.minutes === null ? 'this run took' : `this run took ${Math.round(why.minutes)} ${Math.round(why.minutes) === 1 ? 'minute' : 'minutes'}`;
  const title = `Why ${took}`;
  const body = [headline(why), causes(why), criticalTable(why), stepTable(why)].filter(Boolean).join('\n\n');
  return withinBudget ? `<details><summary><b>${title}</b> (within budget)</summary>\n\n${body}\n\n</details>` : `#### ${title}\n\n${body}`;
}

function headline(why: WhySlow): string {
  const path = why.critical.length && why.criticalMinutes !== null ? `The critical path ${why.critical.map((c) => inline(c.id)).join(' → ')} took ${clock(why.criticalMinutes * 60)}` : 'The critical path is unknown';
  const queue = why.queue.criticalSeconds >= 1 ? `; its jobs waited ${clock(why.queue.criticalSeconds)} for runners` : '';
  return `${path}${queue}.`;
}

function causes(why: WhySlow): string {
  if (!why.causes.length) return 'No single step, queue or shard stands out.';
  const shown = why.causes.slice(0, CAUSES_SHOWN).map((c) => `- **${richMarkdown(c.text)}** ${richMarkdown(c.fix)}`);
  return [...shown, ...(why.causes.length > CAUSES_SHOWN ? [`- …and ${why.causes.length - CAUSES_SHOWN} smaller ones.`] : [])].join('\n');
}

function criticalTable(why: WhySlow): string {
  if (!why.critical.length) return '';
  const rows = why.critical.map((c) => [
    code(c.id),
    cell(c.instance),
    clock(c.minutes * 60),
    c.queueSeconds === null ? '—' : clock(c.queueSeconds),
    c.steps.map((s) => `${cell(s.name, 60)} ${clock(s.seconds)}`).join(' · ') || '—'
  ]);
  return table(['Critical path', 'Slowest instance', 'Took', 'Queued', 'Slowest steps'], rows);
}

function stepTable(why: WhySlow): string {
  if (!why.steps.length) return '';
  const rows = why.steps.slice(0, STEP_ROWS).map((s) => [cell(s.name, 80), String(s.jobs), clock(s.seconds), clock(s.seconds / s.jobs)]);
  return `Time per step, summed over all jobs:\n\n${table(['Step', 'Jobs', 'Total', 'Each'], rows)}`;
}

/** The container findings, each with its place, cost and rewrite. */
export function renderContainers(scan: ContainerScan): string {
  const gated = scan.findings;
  const parts = [`#### Container builds (${scan.files.length} Dockerfile${scan.files.length === 1 ? '' : 's'})`];
  if (!gated.length) parts.push('No findings: dependencies install before the sources are copied, and no toolchain is left in a final image.');
  for (const f of gated.slice(0, CONTAINER_SHOWN)) {
    const rewrite = f.rewrite ? `\n\n${indent(codeBlock(f.rewrite, f.rule === 'no-dockerignore' ? '' : 'dockerfile'))}` : '';
    parts.push(`- ${code(`${f.file}:${f.line}`)} ${richMarkdown(f.problem)} ${richMarkdown(f.cost)}\n  **Fix:** ${richMarkdown(f.fix)}${rewrite}`);
  }
  if (gated.length > CONTAINER_SHOWN) parts.push(`…and ${gated.length - CONTAINER_SHOWN} more (see the annotations).`);
  if (scan.notes.length) parts.push(scan.notes.map((n) => `- ${inline(n)}`).join('\n'));
  return parts.join('\n\n');
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

function gb(bytes: number): string {
  return `${sig3(bytes / 1024 ** 3)} GB`;
}

/** Advice text (src/pipeline/rich-text.ts) as markdown: prose escaped, marked values as code spans. */
export function richMarkdown(text: string): string {
  return text
    .split(OPEN)
    .map((part, i) => {
      if (i === 0) return inline(part);
      const end = part.indexOf(CLOSE);
      return end < 0 ? inline(part) : `${code(part.slice(0, end))}${inline(part.slice(end + 1))}`;
    })
    .join('');
}
