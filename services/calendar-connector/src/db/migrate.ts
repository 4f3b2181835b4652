import { fileURLToPath } from 'node:url';
import { failFast } from '@calbridge/config';
import { runMigrations } from '@calbridge/runtime/migrate';
import { readMigrationConfig } from '../config.ts';

const { DATABASE_URL } = failFast(() => readMigrationConfig(process.env));
await runMigrations(DATABASE_URL, fileURLToPath(new URL('./migrations', import.meta.url)));
