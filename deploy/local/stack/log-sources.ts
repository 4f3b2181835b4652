import { discoverServices, selectServices } from './service-discovery.ts';
import type { StackPaths } from './stack-paths.ts';
import { stackPlan } from './stack-plan.ts';
import type { StackSettings } from './stack-settings.ts';

export interface LogSource {
  name: string;
  file: string;
}

/**
 * Every part's log file, from the plan rather than stack.json, so `make logs` can run before `make up` and see the
 * files appear; the supervisor's own log first. `only` (LOGS) picks parts by name; an unknown name is an error.
 */
export function logSources(paths: StackPaths, settings: StackSettings, only?: string[]): LogSource[] {
  const services = selectServices(discoverServices(paths.repo), settings.services);
  const quiet = () => {};
  const parts = stackPlan({ settings, paths, services, callerEnv: {}, log: quiet, onChange: quiet }).flat();
  const all = [
    { name: 'supervisor', file: paths.supervisorLog },
    ...parts.map((part) => part.describe()).map(({ name, log }) => ({ name, file: log })),
  ];
  if (!only) return all;
  const unknown = only.filter((name) => !all.some((source) => source.name === name));
  if (unknown.length > 0) {
    throw new Error(`LOGS names no part: ${unknown.join(', ')} (parts: ${all.map(({ name }) => name).join(', ')})`);
  }
  return all.filter((source) => only.includes(source.name));
}
