import { settleUnknowns, splitStamp } from './cache-log-parts.js';
import type { CacheEvent, RestoreEvent, RestoreOutcome, SaveOutcome } from './cache-events.js';
import { cacheSignal, managerOfKey, mayBeCacheLine, toolOfAction, toolOfKey, type CacheSignal, type CacheTool } from './cache-messages.js';

export { splitStamp };

/**
 * Reads one job's log, line by line as it streams in, and finds every cache restore and save in
 * it. A job log is the runner's step logs one after another, each line prefixed with its time
 * (`2026-01-01T00:00:00.0000000Z `): a `uses:` step starts with `##[group]Run owner/action@ref`
 * and its `with:` inputs, a post step with `Post job cleanup.`. The step an action ran in says
 * which action printed a line; inside a post step the key's format says it. Pure: the shell feeds
 * the lines and keeps the byte bound.
 */

export interface JobCacheLog {
  readonly events: readonly CacheEvent[];
  /** Lines read (the bound may have cut the log). */
  readonly lines: number;
  /** Events beyond the per-job bound, counted but not kept. */
  readonly dropped: number;
}

/** Cache messages are short (a key is at most 512 characters); longer lines are test output. */
const MAX_LINE = 4096;
const MAX_EVENTS = 200;
// The runner colours `run:` scripts with ANSI escapes.
const ANSI = /\u001b\[[0-9;]*m/g;
const ACTION_REF = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@\S+$/;

interface Section {
  readonly post: boolean;
  readonly tool?: CacheTool;
  readonly saveStep: boolean;
  readonly inputs: Map<string, string>;
  phase: 'header' | 'with' | 'env' | 'body';
  lastInput?: string;
}

interface Pending {
  readonly op: 'restore' | 'save';
  readonly startMs: number | undefined;
  /** Time of the last line that belonged to it: where it ends if the section closes it. */
  lastMs?: number | undefined;
  key?: string;
  matched?: string;
  exact?: boolean;
  bytes?: number;
  failed?: string;
  tool?: CacheTool;
}

export class CacheLogScanner {
  private readonly events: CacheEvent[] = [];
  private dropped = 0;
  private lineNo = 0;
  /** The previous stamped line and where its text starts: its time is read only when an operation starts. */
  private prevLine = '';
  private prevOffset = 0;
  private section: Section = { post: false, saveStep: false, inputs: new Map(), phase: 'body' };
  private pending: Pending | undefined;

  push(raw: string): void {
    this.lineNo++;
    if (raw.length > MAX_LINE) return;
    const line = this.lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    // Most lines are test output: the stamp is found by position and nothing is copied for them.
    const end = line.charCodeAt(10) === 84 /* T */ ? line.indexOf('Z ', 19) : -1;
    const offset = end > 0 && end < 32 ? end + 2 : 0;
    if (line.startsWith('##[group]Run ', offset)) this.startSection(false, clean(line.slice(offset + 13)).trim());
    else if (line.startsWith('Post job cleanup.', offset) && line.length - offset <= 18) this.startSection(true);
    else this.read(line, offset);
    if (offset) [this.prevLine, this.prevOffset] = [line, offset];
  }

  finish(): JobCacheLog {
    this.closePending();
    return { events: settleUnknowns(this.events), lines: this.lineNo, dropped: this.dropped };
  }

  private startSection(post: boolean, title = ''): void {
    this.closePending();
    const action = ACTION_REF.exec(title)?.[1];
    const tool = action ? toolOfAction(action) : undefined;
    this.section = { post, ...(tool ? { tool } : {}), saveStep: !!action && /\/save$/i.test(action), inputs: new Map(), phase: post ? 'body' : 'header' };
  }

  private read(line: string, offset: number): void {
    const s = this.section;
    if (s.phase === 'body' && !mayBeCacheLine(line, offset)) return;
    const text = clean(offset ? line.slice(offset) : line);
    if (s.phase !== 'body') {
      if (text === '##[endgroup]') s.phase = 'body';
      else if (text === 'env:') s.phase = 'env';
      else if (s.phase === 'header' && text === 'with:') s.phase = 'with';
      else if (s.phase === 'with') readInput(s, text);
      return;
    }
    const message = text.charCodeAt(0) === 91 /* [ */ || text.charCodeAt(0) === 35 /* # */ ? text.replace(/^##\[(?:warning|error|notice)\]/, '').replace(/^\[warning\]/, '') : text;
    if (message.startsWith('##[')) return;
    const signal = cacheSignal(message);
    if (!signal) return;
    const ms = stampMs(line, offset);
    this.apply(signal, ms);
    if (this.pending) this.pending.lastMs = ms;
  }

  private apply(sig: CacheSignal, ms: number | undefined): void {
    if (!this.applyRestore(sig, ms)) this.applySave(sig, ms);
  }

  /** Lookup, download and extraction lines; false when the signal is about a save. */
  private applyRestore(sig: CacheSignal, ms: number | undefined): boolean {
    switch (sig.kind) {
      case 'found': {
        const p = this.open('restore', (x) => x.matched === undefined);
        p.matched = sig.key;
        p.exact = sig.exact;
        return true;
      }
      case 'bytes': {
        const op = sig.direction === 'down' ? 'restore' : sig.direction === 'up' || this.section.post || this.section.saveStep ? 'save' : 'restore';
        const p = this.open(op);
        p.bytes = Math.max(p.bytes ?? 0, sig.bytes);
        return true;
      }
      case 'extracted':
        this.open('restore');
        return true;
      case 'restored':
        this.finishRestore(this.open('restore'), sig.lookupOnly ? 'hit' : undefined, ms, { matched: sig.key, ...(sig.tool ? { tool: sig.tool } : {}), ...(sig.lookupOnly ? { lookupOnly: true } : {}) });
        return true;
      case 'not-found': {
        const p = this.open('restore');
        this.finishRestore(p, p.failed ? 'failed' : 'miss', ms, { ...(sig.keys ? { keys: sig.keys } : {}), ...(sig.manager ? { manager: sig.manager } : {}), ...(sig.tool ? { tool: sig.tool } : {}) });
        return true;
      }
      case 'restore-failed':
        this.open('restore').failed = sig.reason;
        return true;
      case 'restore-skipped':
        this.finishRestore(this.open('restore'), 'skipped', ms, {});
        return true;
      default:
        return false;
    }
  }

  /** Packing, upload and the save's outcome. */
  private applySave(sig: CacheSignal, ms: number | undefined): void {
    switch (sig.kind) {
      case 'uploaded':
      case 'packing':
        this.open('save');
        return;
      case 'saving': {
        const p = this.open('save', (x) => x.key === undefined);
        p.key = sig.key;
        p.tool = sig.tool;
        return;
      }
      case 'saved':
      case 'unchanged':
      case 'conflict':
        this.finishSave(this.open('save'), sig.kind, ms, sig.key, sig.kind === 'saved' ? sig.tool : undefined);
        return;
      case 'save-failed': {
        const p = this.open('save');
        p.failed = sig.reason;
        this.finishSave(p, 'failed', ms, p.key);
        return;
      }
      case 'save-skipped':
        this.finishSave(this.open('save'), 'skipped', ms, undefined);
        return;
      default:
        return;
    }
  }

  /** The operation under way, or a new one starting at the previous line's time. */
  private open(op: Pending['op'], fits: (p: Pending) => boolean = () => true): Pending {
    if (this.pending && (this.pending.op !== op || !fits(this.pending))) this.closePending();
    this.pending ??= { op, startMs: stampMs(this.prevLine, this.prevOffset) };
    return this.pending;
  }

  /** A section ended mid-operation: keep what the toolkit already proved, drop the rest. */
  private closePending(): void {
    const p = this.pending;
    if (!p) return;
    const ms = p.lastMs ?? p.startMs;
    if (p.op === 'restore' && (p.matched !== undefined || p.failed)) this.finishRestore(p, p.matched !== undefined ? undefined : 'failed', ms, { matched: p.matched });
    else if (p.op === 'save' && (p.key !== undefined || p.failed)) this.finishSave(p, p.failed ? 'failed' : 'saved', ms, p.key);
    this.pending = undefined;
  }

  private finishRestore(p: Pending, outcome: RestoreOutcome | undefined, ms: number | undefined, o: { matched?: string | undefined; keys?: readonly string[]; manager?: string; tool?: CacheTool; lookupOnly?: boolean }): void {
    this.pending = undefined;
    const inputs = this.section.tool === 'actions/cache' ? this.section.inputs : undefined;
    const matched = o.matched ?? p.matched;
    const key = inputs?.get('key') ?? o.keys?.[0] ?? (p.exact && matched ? matched : undefined);
    const restoreKeys = inputs ? lines(inputs.get('restore-keys')) : o.keys?.slice(1);
    const exact = p.exact ?? (key !== undefined && matched !== undefined ? key === matched : undefined);
    const tool = this.toolFor(o.tool ?? p.tool, key ?? matched);
    this.add({
      op: 'restore',
      tool,
      outcome: outcome ?? (exact === false ? 'partial' : 'hit'),
      ...(key !== undefined ? { key } : {}),
      ...(matched !== undefined && outcome !== 'miss' ? { matchedKey: matched } : {}),
      ...(restoreKeys?.length ? { restoreKeys } : {}),
      ...(inputs?.get('path') ? { paths: lines(inputs.get('path')) } : {}),
      ...this.common(p, ms, o.manager, key ?? matched),
      ...(o.lookupOnly ? { lookupOnly: true } : {}),
      // Neither the toolkit nor a key said whether this was the primary key: settled after the log.
      ...(exact === undefined && outcome === undefined ? { exactUnknown: true } : {})
    } as RestoreEvent);
  }

  private finishSave(p: Pending, outcome: SaveOutcome, ms: number | undefined, key: string | undefined, tool?: CacheTool): void {
    this.pending = undefined;
    const k = key ?? p.key;
    this.add({ op: 'save', tool: this.toolFor(tool ?? p.tool, k, true), outcome, ...(k !== undefined ? { key: k } : {}), ...this.common(p, ms, undefined, k) });
  }

  private common(p: Pending, ms: number | undefined, manager: string | undefined, key: string | undefined) {
    // Only the setup actions build keys (and take a `cache:` input) that name the package manager.
    const setup = this.section.tool?.startsWith('setup-') || (key !== undefined && toolOfKey(key)?.startsWith('setup-'));
    const input = this.section.inputs.get('cache')?.trim();
    const named = input && !/^(?:true|false)$/i.test(input) ? input : undefined;
    const m = manager ?? (setup ? (named ?? (key ? managerOfKey(key) : undefined)) : undefined);
    const seconds = ms !== undefined && p.startMs !== undefined ? Math.max(0, ms - p.startMs) / 1000 : undefined;
    return {
      ...(m ? { manager: m } : {}),
      ...(p.bytes !== undefined ? { bytes: p.bytes } : {}),
      ...(seconds !== undefined ? { seconds } : {}),
      line: this.lineNo,
      ...(p.failed ? { reason: p.failed } : {})
    };
  }

  /** The step's action knows best; in a post step, a key this job restored, then the key's format. */
  private toolFor(given: CacheTool | undefined, key: string | undefined, save = false): CacheTool {
    if (given) return given;
    if (this.section.tool && !(save && this.section.post)) return this.section.tool;
    const restoredHere = key !== undefined ? this.events.find((e) => e.op === 'restore' && (e.key === key || e.matchedKey === key)) : undefined;
    return restoredHere?.tool ?? (key ? toolOfKey(key) : undefined) ?? this.section.tool ?? 'actions/cache';
  }

  private add(e: CacheEvent): void {
    if (this.events.length >= MAX_EVENTS) this.dropped++;
    else this.events.push(e);
  }
}

function stampMs(line: string, offset: number): number | undefined {
  return offset ? splitStamp(line.slice(0, offset)).ms : undefined;
}

function clean(text: string): string {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  return plain.endsWith('\r') ? plain.slice(0, -1) : plain;
}

/** `  key: value` starts an input; a line without the indent continues a multi-line value. */
function readInput(s: Section, text: string): void {
  const m = /^ {2}([\w-]+): ?(.*)$/.exec(text);
  if (m?.[1] !== undefined) {
    s.inputs.set(m[1], m[2] ?? '');
    s.lastInput = m[1];
  } else if (s.lastInput !== undefined) {
    s.inputs.set(s.lastInput, `${s.inputs.get(s.lastInput) ?? ''}\n${text}`);
  }
}

function lines(value: string | undefined): string[] {
  return (value ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Convenience for tests and small logs: the whole text at once. */
export function scanJobLog(text: string): JobCacheLog {
  const scanner = new CacheLogScanner();
  for (const line of text.split('\n')) scanner.push(line);
  return scanner.finish();
}
