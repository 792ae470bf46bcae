// Runs the bundle (or a baseline script) in this process and, on exit, writes its peak RSS in
// KiB to the file named by RSS_OUT, so the benchmark can read memory without platform tools.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => writeFileSync(process.env.RSS_OUT, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(script).href);
