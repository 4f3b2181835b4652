import { conditionNotMet } from '../errors/api-errors.ts';

// https://developers.google.com/workspace/calendar/api/guides/version-resources
export function assertIfMatch(ifMatch: string | string[] | undefined, etag: string): void {
  if (typeof ifMatch === 'string' && ifMatch !== '*' && ifMatch !== etag) throw conditionNotMet();
}

export function isNotModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  return typeof ifNoneMatch === 'string' && ifNoneMatch === etag;
}
