// The floor for XML ingest: the file streamed through saxes with no handlers at all.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

const parser = new SaxesParser();
const decoder = new TextDecoder();
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 256 * 1024 })) parser.write(decoder.decode(chunk, { stream: true }));
parser.close();
