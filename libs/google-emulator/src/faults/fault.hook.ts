import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { faultError } from './fault-error.ts';
import type { FaultRule } from './fault-rule.model.ts';

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.remaining !== undefined && rule.remaining <= 0) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  return rule.path === undefined || rule.path.test(path);
}

/** Applies the first matching fault rule: its delay, then its error (rules without a status only slow calls down). */
export async function applyFaults(deps: EmulatorDeps, request: FastifyRequest): Promise<void> {
  if (deps.controls.faults.length === 0) return;
  const path = decodeURIComponent(request.url.split('?', 1)[0] ?? '');
  const rule = deps.controls.faults.find((candidate) => matches(candidate, request.method, path));
  if (rule === undefined || deps.random() >= rule.probability) return;
  if (rule.remaining !== undefined) rule.remaining -= 1;
  if (rule.delayMs !== undefined && rule.delayMs > 0) await sleep(rule.delayMs);
  if (rule.status !== undefined) throw faultError(rule.status, rule.reason);
}
