import type { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { deepFreeze } from './deep-freeze.ts';
import { describeProblems } from './describe-problems.ts';

/**
 * Parses the environment with `schema` and returns a deep-frozen result. An empty variable counts as unset, because
 * templating tools (Helm, compose files) render an unset value as an empty string.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Readonly<z.infer<S>> {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(present);
  if (!result.success) throw new ConfigError(describeProblems(result.error.issues, present));
  return deepFreeze(result.data);
}
