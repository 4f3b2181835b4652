export type EventTime = { date: string } | { instant: number; timeZone?: string };

export type EventStatus = 'confirmed' | 'tentative' | 'cancelled';

export interface ExtendedProperties {
  private?: Record<string, string>;
  shared?: Record<string, string>;
}

/** What a client can set. Default values are not stored, so rendering omits them like Google does. */
export interface EventContent {
  status: EventStatus;
  start: EventTime;
  end: EventTime;
  eventType: string;
  summary?: string;
  description?: string;
  location?: string;
  colorId?: string;
  recurrence?: string[];
  transparency?: 'transparent';
  visibility?: 'public' | 'private' | 'confidential';
  extendedProperties?: ExtendedProperties;
  reminders?: { useDefault: boolean; overrides?: { method: string; minutes: number }[] };
  attendees?: Record<string, unknown>[];
  source?: { url: string; title?: string };
  iCalUID?: string;
  guestsCanModify?: true;
  guestsCanInviteOthers?: false;
  guestsCanSeeOtherGuests?: false;
  anyoneCanAddSelf?: true;
}

export interface StoredEvent {
  id: string;
  /** Creation order in the calendar: the "unspecified, stable" default list order. */
  order: number;
  /** Sequence number of the change-log entry that last touched the event. */
  seq: number;
  /**
   * For a recurring event: the change that last altered the series itself. Editing one instance also touches the
   * series (new etag and `updated`), but must not make every expanded instance look changed.
   */
  instancesSeq?: number;
  etag: string;
  created: number;
  updated: number;
  sequence: number;
  creator: string;
  organizer: string;
  content: EventContent;
  recurringEventId?: string;
  originalStart?: EventTime;
  /** An instance removed by trimming its series: Google reports it with the id and status only. */
  trimmed?: boolean;
  /** For a recurring event: plain instances its rule or times no longer produce (see series-removal.ts). */
  removedInstances?: RemovedInstance[];
}

/** An occurrence that existed before its series changed and no longer does; never stored as an event. */
export interface RemovedInstance {
  id: string;
  originalStart: EventTime;
  end: EventTime;
  /** Change that removed it, and the series' etag then: Google's stub carries the series' etag. */
  seq: number;
  etag: string;
}
