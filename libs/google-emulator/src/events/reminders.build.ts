import { GoogleError } from '../errors/google-error.ts';
import type { EventContent } from './event.model.ts';
import type { EventInput } from './event-input.schema.ts';

export function buildReminders(input: EventInput['reminders']): EventContent['reminders'] {
  if (input === null || input === undefined) return undefined;
  const overrides = input.overrides ?? undefined;
  if (input.useDefault === true && overrides !== undefined && overrides.length > 0) {
    throw new GoogleError({
      code: 400,
      domain: 'global',
      reason: 'cannotUseDefaultRemindersAndSpecifyOverride',
      message: 'Cannot specify both default reminders and overrides at the same time.',
    });
  }
  if (input.useDefault !== false) return undefined;
  return { useDefault: false, ...(overrides === undefined ? {} : { overrides }) };
}
