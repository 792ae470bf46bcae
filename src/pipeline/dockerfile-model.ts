import type { Dockerfile } from 'dockerfile-ast';

/**
 * A Dockerfile as the container rules read it: stages, and each stage's instructions with their
 * 1-based lines, flags and arguments (the JSON form `["npm", "ci"]` unpacked). Built from the
 * parse tree of dockerfile-ast (the VS Code Docker extension's parser), which the shell loads
 * lazily and hands in; nothing here reads files.
 */

export interface DockerInstruction {
  readonly keyword: string;
  readonly line: number;
  readonly endLine: number;
  /** The arguments after the flags, as one command line (continuations joined). */
  readonly text: string;
  /** The arguments one by one (for COPY/ADD: sources, then the destination). */
  readonly args: readonly string[];
  readonly flags: ReadonlyMap<string, string | null>;
}

export interface DockerStage {
  /** `node` of `node:22-slim`; null when the FROM line is empty. */
  readonly image: string | null;
  readonly tag: string | null;
  readonly digest: string | null;
  /** `AS build`. */
  readonly name: string | null;
  readonly line: number;
  readonly instructions: readonly DockerInstruction[];
}

export interface DockerfileModel {
  /** Repo-relative path. */
  readonly file: string;
  readonly stages: readonly DockerStage[];
  /** A .dockerignore applies (beside the Dockerfile, at the root, or `<name>.dockerignore`). */
  readonly dockerignore: boolean;
}

export function toDockerfileModel(file: string, parsed: Dockerfile, dockerignore: boolean): DockerfileModel {
  const stages: Array<{ head: Omit<DockerStage, 'instructions'>; instructions: DockerInstruction[] }> = [];
  const froms = parsed.getFROMs();
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const range = instruction.getRange();
    const line = range.start.line + 1;
    if (keyword === 'FROM') {
      const from = froms.find((f) => f.getRange().start.line === range.start.line);
      stages.push({
        head: { image: from?.getImageName() ?? null, tag: from?.getImageTag() ?? null, digest: from?.getImageDigest() ?? null, name: from?.getBuildStage() ?? null, line },
        instructions: []
      });
      continue;
    }
    const flags = new Map<string, string | null>();
    const withFlags = instruction as unknown as { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> };
    for (const f of withFlags.getFlags?.() ?? []) flags.set(f.getName().toLowerCase(), f.getValue());
    const content = instruction.getArgumentsContent() ?? '';
    const json = jsonArgs(content);
    const args = json ?? instruction.getArguments().map((a) => a.getValue());
    const item: DockerInstruction = { keyword, line, endLine: range.end.line + 1, text: json ? json.join(' ') : content.replace(/\s+/g, ' ').trim(), args, flags };
    // Instructions before the first FROM (ARG) belong to no stage.
    stages.at(-1)?.instructions.push(item);
  }
  return { file, stages: stages.map((s) => ({ ...s.head, instructions: s.instructions })), dockerignore };
}

/** `["npm", "ci"]` → ['npm', 'ci']; anything else → undefined. */
function jsonArgs(content: string): string[] | undefined {
  const t = content.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}
