import { createHash } from 'node:crypto';
import { createChangeLog } from '../sync/change-log.model.ts';
import type { CalendarRecord } from './calendar.model.ts';

export interface NewCalendar {
  id: string;
  summary: string;
  timeZone: string;
  owner: string;
  primary: boolean;
  etag: string;
  now: number;
  description?: string;
}

export function createCalendarRecord(input: NewCalendar): CalendarRecord {
  return {
    id: input.id,
    summary: input.summary,
    timeZone: input.timeZone,
    owner: input.owner,
    primary: input.primary,
    etag: input.etag,
    updated: input.now,
    ...(input.description === undefined ? {} : { description: input.description }),
    resourceId: createHash('sha256').update(input.id).digest('base64url').slice(0, 27),
    acl: new Map([[input.owner, 'owner']]),
    events: new Map(),
    changeLog: createChangeLog(),
  };
}
