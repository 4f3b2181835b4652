import type { Clock } from '../clock/clock.ts';
import { invalidCredentials, loginRequired } from '../errors/auth-errors.ts';
import type { EmulatorState } from '../state/emulator-state.ts';
import type { Principal } from './principal.ts';

export function authenticate(state: EmulatorState, clock: Clock, authorization: string | undefined): Principal {
  if (authorization === undefined || authorization === '') throw loginRequired();
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (match?.[1] === undefined) throw invalidCredentials();
  const record = state.tokens.access.get(match[1]);
  if (record === undefined || record.expiresAt <= clock.now()) throw invalidCredentials();
  const account = state.accounts.get(record.email);
  if (account === undefined) throw invalidCredentials();
  return { email: account.email, kind: account.kind, scopes: record.scopes };
}
