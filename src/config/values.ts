import { UsageError } from '../model/problems.js';

/**
 * Values a user types as text (CLI flags, action inputs) read into numbers and choices, one
 * parser per kind. Every message names the value the way the user gave it: `--shards` on the
 * command line, `input "shards"` in a workflow. The caller passes that name (see `Namer`).
 */

/** How messages name a setting: `--shards` for the CLI, `Input "shards"` for the action. */
export type Namer = (key: string) => string;

export const flagName: Namer = (key) => `--${key}`;
export const inputName: Namer = (key) => `input "${key}"`;

/** A name at the start of a sentence: `Input "shards" must …`. */
export function cap(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A whole number ≥ 0 (`"10"`), or undefined when not given. */
export function wholeNumber(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${cap(name)} must be a whole number ≥ 0, got "${raw}".`);
  return Number.parseInt(raw, 10);
}

/** A whole number in [min, max], or undefined when not given. */
export function boundedNumber(raw: string | undefined, name: string, min: number, max: number, what = `a whole number from ${min} to ${max}`): number | undefined {
  const n = wholeNumber(raw, name);
  if (n !== undefined && (n < min || n > max)) throw new UsageError(`${cap(name)} must be ${what}, got "${raw}".`);
  return n;
}

/** Seconds ≥ 0 (fractions allowed), or undefined when not given. */
export function seconds(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${cap(name)} must be a number of seconds ≥ 0, got "${raw}".`);
  return n;
}

/** A fraction: (0, 1) for a level such as q, [0, 1) for an effect such as min-effect. */
export function fraction(raw: string | undefined, name: string, zeroOk: boolean): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
    throw new UsageError(`${cap(name)} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
  }
  return n;
}

/** A score from 0 to 100 (canary thresholds), or undefined when not given. */
export function score(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`${cap(name)} must be a score from 0 to 100, got "${raw}".`);
  return n;
}

/** One of the allowed words (case-insensitive), or undefined when not given. */
export function choice<T extends string>(raw: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = raw.toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${cap(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
  return value as T;
}
