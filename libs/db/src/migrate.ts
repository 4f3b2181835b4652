import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';

export interface MigrateOptions {
  /** Absolute path of the folder holding `NNNN_name.ts` migration files. */
  folder: string;
  /** Lets a library keep its own migration history beside the service's (e.g. the outbox tables). */
  tableName?: string;
}

/** Applies every pending migration in `folder`; throws with the failing migration's name on error. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run against any schema
export async function migrateToLatest(db: Kysely<any>, options: MigrateOptions): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: options.folder }),
    migrationTableName: options.tableName ?? 'kysely_migration',
    migrationLockTableName: `${options.tableName ?? 'kysely_migration'}_lock`,
  });
  return applied(await migrator.migrateToLatest());
}

function applied({ error, results = [] }: MigrationResultSet): string[] {
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(setup)'} failed: ${cause}`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
