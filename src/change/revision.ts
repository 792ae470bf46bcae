/**
 * Which base revisions may reach git. A base comes from a user (`--base`, the `base-ref` dispatch
 * input) or an event payload, and git reads a word that starts with "-" as an option
 * (`--upload-pack=CMD` runs CMD on fetch). So a revision is accepted only as a full commit SHA or a
 * name git itself would accept as a ref (`git check-ref-format --allow-onelevel`), optionally
 * followed by `~N` / `^N` steps, and never with a leading "-" or "+" (a forced refspec).
 */

/** Longer than any real ref name; bounds what a message or cache key can carry. */
export const MAX_REVISION_LENGTH = 255;

export type RevisionCheck = { readonly ok: true; readonly kind: 'sha' | 'name' | 'relative' } | { readonly ok: false; readonly reason: string };

/** What to tell a user whose value was refused. */
export const REVISION_RULE = 'a commit SHA or a branch or tag name (such as main, origin/main, release/1.x or HEAD~1)';

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** `~`, `~N`, `^`, `^N` steps after a name: HEAD~1, main^2. */
const STEPS = /(?:[~^]\d{0,6})+$/;

export function isFullSha(value: string): boolean {
  return FULL_SHA.test(value);
}

export function checkRevision(value: string): RevisionCheck {
  if (value === '') return { ok: false, reason: 'it is empty' };
  if (value.length > MAX_REVISION_LENGTH) return { ok: false, reason: `it is longer than ${MAX_REVISION_LENGTH} characters` };
  if (value.startsWith('-')) return { ok: false, reason: 'it starts with "-", which git would read as an option' };
  if (value.startsWith('+')) return { ok: false, reason: 'it starts with "+"' };
  if (isFullSha(value)) return { ok: true, kind: 'sha' };
  const steps = STEPS.exec(value);
  const name = steps ? value.slice(0, steps.index) : value;
  const bad = refNameProblem(name);
  if (bad) return { ok: false, reason: bad };
  return { ok: true, kind: steps ? 'relative' : 'name' };
}

/** The rules of `git check-ref-format --allow-onelevel`, as git-check-ref-format(1) lists them. */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it has no name before its ~ or ^ steps';
  if (name === '@') return 'it is the single character "@"';
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..')) return 'it contains ".."';
  if (name.includes('@{')) return 'it contains "@{"';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it starts or ends with "/" or has "//"';
  if (name.endsWith('.')) return 'it ends with "."';
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return 'a part of it starts with "."';
    if (part.endsWith('.lock')) return 'a part of it ends with ".lock"';
  }
  return undefined;
}
