import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildJsonSchemas } from './json-schema/build-json-schemas.ts';
import { formatJson } from './json-schema/format-json.ts';

// Usage: node --conditions=@calbridge/source src/export-json-schema.ts <outDir>
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: export-json-schema.ts <outDir>');
  process.exit(2);
}

const files = buildJsonSchemas();
await mkdir(outDir, { recursive: true });
// A removed or renamed event must not leave its old schema behind for consumers to trust.
for (const name of await readdir(outDir)) {
  if (name.endsWith('.schema.json') && !files.has(name)) await rm(join(outDir, name));
}
for (const [name, schema] of files) await writeFile(join(outDir, name), formatJson(schema));
console.log(`wrote ${files.size} files to ${outDir}`);
