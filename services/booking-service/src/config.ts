import { commonEnv, loadConfig } from '@calbridge/config';
import { serviceEnv } from '@calbridge/runtime/service-env';
import { z } from 'zod';

const configSchema = z.object({ ...serviceEnv });
export type Config = z.infer<typeof configSchema>;

export const readConfig = (env: NodeJS.ProcessEnv): Config => loadConfig(configSchema, env);

/** `db:migrate` needs nothing but the database. */
export const readMigrationConfig = (env: NodeJS.ProcessEnv) =>
  loadConfig(z.object({ DATABASE_URL: commonEnv.DATABASE_URL }), env);
