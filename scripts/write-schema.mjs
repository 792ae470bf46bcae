// Writes schema/pipeline-gates.schema.json from the zod schema in src/config/schema.ts, which is
// the single source of truth. Node 24 strips the TypeScript types on import.
// Usage: npm run schema        (a unit test fails when the committed file is out of date)
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config/schema.ts';

const target = new URL('../schema/pipeline-gates.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
