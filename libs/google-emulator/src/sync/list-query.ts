import { IANAZone } from 'luxon';
import { badRequest, invalid } from '../errors/api-errors.ts';
import { listQuerySchema, type RawListQuery } from './list-query.schema.ts';

export interface ListQuery {
  raw: RawListQuery;
  maxResults: number;
  pageToken?: string;
  syncToken?: string;
  showDeleted?: boolean;
  singleEvents: boolean;
  timeMin?: number;
  timeMax?: number;
  updatedMin?: number;
  orderBy?: 'startTime' | 'updated';
  q?: string;
  iCalUID?: string;
  timeZone?: string;
  privateProperties: [string, string][];
  sharedProperties: [string, string][];
  eventTypes: string[];
}

const MAX_PAGE = 2500;

export function parseListQuery(query: unknown, defaultPageSize = 250): ListQuery {
  const parsed = listQuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const location = String(parsed.error.issues[0]?.path[0] ?? '');
    throw invalid(`Invalid value for: ${location}`, location);
  }
  const raw = parsed.data;
  const requested = raw.maxResults === undefined ? defaultPageSize : Number(raw.maxResults);
  if (requested < 1) {
    throw invalid(`Invalid value '${requested}'. Values must be within the range: [1, ${MAX_PAGE}]`, 'maxResults');
  }
  if (raw.timeZone !== undefined && !IANAZone.isValidZone(raw.timeZone))
    throw invalid('Invalid time zone.', 'timeZone');
  return {
    raw,
    maxResults: Math.min(requested, MAX_PAGE),
    singleEvents: raw.singleEvents ?? false,
    ...definedOnly({
      pageToken: raw.pageToken,
      syncToken: raw.syncToken,
      showDeleted: raw.showDeleted,
      timeMin: timestamp(raw.timeMin),
      timeMax: timestamp(raw.timeMax),
      updatedMin: timestamp(raw.updatedMin),
      orderBy: raw.orderBy,
      q: raw.q,
      iCalUID: raw.iCalUID,
      timeZone: raw.timeZone,
    }),
    privateProperties: raw.privateExtendedProperty.map(propertyConstraint),
    sharedProperties: raw.sharedExtendedProperty.map(propertyConstraint),
    eventTypes: raw.eventTypes,
  };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** "Must be an RFC3339 timestamp with mandatory time zone offset"; anything else is a plain 400. */
function timestamp(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!RFC3339.test(value) || Number.isNaN(ms)) throw badRequest();
  return Math.floor(ms / 1000) * 1000;
}

function propertyConstraint(value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw invalid('Invalid extended property constraint.');
  return [value.slice(0, eq), value.slice(eq + 1)];
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
