import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceFolder {
  name: string;
  dir: string;
  /** The package's `db:migrate` script, as written in its package.json. */
  migrateScript: string;
}

interface PackageJson {
  scripts?: Record<string, string>;
}

/** The deployables under services/: every folder whose package.json has both a `start` and a `db:migrate` script. */
export function discoverServices(repo: string): ServiceFolder[] {
  const servicesDir = join(repo, 'services');
  if (!existsSync(servicesDir)) return [];
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(servicesDir, entry.name);
      const scripts = scriptsOf(join(dir, 'package.json'));
      const migrateScript = scripts['db:migrate'];
      return scripts.start && migrateScript ? [{ name: entry.name, dir, migrateScript }] : [];
    });
}

function scriptsOf(packageFile: string): Record<string, string> {
  if (!existsSync(packageFile)) return {};
  return (JSON.parse(readFileSync(packageFile, 'utf8')) as PackageJson).scripts ?? {};
}

/** The services STACK_SERVICES names (all when it is unset); a name with no folder is an error, not a silent skip. */
export function selectServices(found: ServiceFolder[], wanted: string[] | undefined): ServiceFolder[] {
  if (!wanted) return found;
  const unknown = wanted.filter((name) => !found.some((service) => service.name === name));
  if (unknown.length > 0) throw new Error(`STACK_SERVICES names no service folder: ${unknown.join(', ')}`);
  return found.filter((service) => wanted.includes(service.name));
}
