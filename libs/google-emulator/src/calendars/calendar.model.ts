import type { StoredEvent } from '../events/event.model.ts';
import type { ChangeLog } from '../sync/change-log.model.ts';

/** `freeBusyReader` is Google's "See only free/busy (hide details)" sharing. */
export type AccessRole = 'freeBusyReader' | 'reader' | 'writer' | 'owner';

export interface CalendarRecord {
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  owner: string;
  primary: boolean;
  etag: string;
  /** Last change to the calendar or any of its events. */
  updated: number;
  /** Opaque id of the calendar's event collection, handed out in push channels. */
  resourceId: string;
  acl: Map<string, AccessRole>;
  events: Map<string, StoredEvent>;
  changeLog: ChangeLog;
}
