// Readers for rendered markdown, used to check what GitHub would see.

/** The `|` characters that split a GFM table row: those not escaped by a backslash. */
export function unescapedPipes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') n++;
  }
  return n;
}

/** Number of cells in a `| a | b |` table row. */
export function cellCount(row: string): number {
  return unescapedPipes(row) - 1;
}

/** Lines of every GFM table (a run of lines starting with "|"), one array per table. */
export function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Fenced code blocks: the opening fence, the body and whether a matching closing fence was found. */
export function fencedBlocks(markdown: string): Array<{ fence: string; body: string; closed: boolean }> {
  const lines = markdown.split('\n');
  const blocks: Array<{ fence: string; body: string; closed: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})[^`]*$/.exec(lines[i] ?? '');
    if (!open?.[1]) continue;
    const fence = open[1];
    const body: string[] = [];
    let closed = false;
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? '';
      // CommonMark: a closing fence is at least as long as the opening one, with nothing but spaces after.
      if (new RegExp(`^\`{${fence.length},}\\s*$`).test(line)) {
        closed = true;
        break;
      }
      body.push(line);
    }
    blocks.push({ fence, body: body.join('\n'), closed });
  }
  return blocks;
}
