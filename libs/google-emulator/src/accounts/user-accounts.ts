import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { createCalendarRecord } from '../calendars/calendar-factory.ts';
import { nextEtag } from '../ids/etag-source.ts';
import type { Account } from './account.model.ts';

/** Creates the account with its primary calendar (id = e-mail), as signing up for Google does. */
export function ensureAccount(
  deps: EmulatorDeps,
  email: string,
  kind: Account['kind'] = 'user',
  timeZone = 'UTC',
): Account {
  const existing = deps.state.accounts.get(email);
  if (existing !== undefined) return existing;
  const account: Account = { email, kind };
  deps.state.accounts.set(email, account);
  if (!deps.state.calendars.has(email)) {
    const calendar = createCalendarRecord({
      id: email,
      summary: email,
      timeZone,
      owner: email,
      primary: true,
      etag: nextEtag(deps.state.etags, deps.clock),
      now: deps.clock.now(),
    });
    deps.state.calendars.set(email, calendar);
  }
  return account;
}
