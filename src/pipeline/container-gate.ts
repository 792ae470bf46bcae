import { failureStatus, type GateItem, type GateResult } from '../model/verdict.js';
import type { ContainerGateOptions } from '../config/settings.js';
import type { ContainerFinding } from './dockerfile-rules.js';
import { richPlain } from './rich-text.js';

/**
 * The `container` gate: Dockerfile findings that make builds slow or images big. Warn by
 * default: a layer order costs minutes, not correctness. Rules the config ignores are dropped
 * before counting; each finding is an item at its file and line, so it becomes an annotation.
 */

export interface ContainerScan {
  /** Dockerfiles read (repo-relative). */
  readonly files: readonly string[];
  readonly findings: readonly ContainerFinding[];
  readonly notes: readonly string[];
}

/** Items kept on the gate (annotations); the report lists the findings itself. */
const LISTED = 50;

/** The findings the gate counts: those of rules the config does not ignore. */
export function gatedFindings(scan: ContainerScan, options: ContainerGateOptions): ContainerFinding[] {
  return scan.findings.filter((f) => !options.ignore.includes(f.rule));
}

/** Undefined when no Dockerfile was read: there is nothing to gate. */
export function evaluateContainerGate(scan: ContainerScan, options: ContainerGateOptions): GateResult | undefined {
  if (!scan.files.length) return undefined;
  const found = gatedFindings(scan, options);
  const files = new Set(found.map((f) => f.file)).size;
  const items: GateItem[] = found.slice(0, LISTED).map((f) => ({ text: `${f.rule}: ${richPlain(f.problem)} ${richPlain(f.cost)} Fix: ${richPlain(f.fix)}`, location: { file: f.file, line: f.line } }));
  const checked = `${scan.files.length} Dockerfile${scan.files.length === 1 ? '' : 's'}`;
  return {
    gate: 'container',
    category: 'pipeline',
    status: found.length ? failureStatus(options.action) : 'passed',
    action: options.action,
    metric: 'container build findings',
    comparator: '<=',
    threshold: 0,
    actual: found.length,
    message: found.length ? `${found.length} finding${found.length === 1 ? '' : 's'} in ${files} of ${checked} slow the build or bloat the image.` : `${checked} checked: layers ordered for the cache, no toolchain left in the final image.`,
    suggestions: [...new Set(found.map((f) => richPlain(f.fix)))].slice(0, 3),
    items,
    ...(found.length > LISTED ? { moreItems: found.length - LISTED } : {})
  };
}
