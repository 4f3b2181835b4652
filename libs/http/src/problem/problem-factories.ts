import type { FieldError } from './problem-details.schema.ts';
import { ProblemError, type ProblemExtra } from './problem-error.ts';

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The one not-found scheme (spec §4): `resource` is the snake_case name clients know, e.g. `room` answers
 * `404 room_not_found`. Rows of another partner answer the same, so their ids leak nothing.
 */
export function notFound(resource: string, detail?: string): ProblemError {
  const title = `${capitalised(resource.replaceAll('_', ' '))} not found`;
  return new ProblemError(404, `${resource}_not_found`, 'Not Found', detail ?? title);
}

/** 400 naming each bad field, the same shape schema validation answers with. */
export function invalidFields(errors: FieldError[]): ProblemError {
  const fields = errors.map((error) => error.field).join(', ');
  return new ProblemError(400, 'validation_failed', 'Invalid request', `Invalid fields: ${fields}`, { errors });
}

export function conflict(code: string, detail: string, extra?: ProblemExtra): ProblemError {
  return new ProblemError(409, code, 'Conflict', detail, extra);
}

export function unprocessable(code: string, detail: string, extra?: ProblemExtra): ProblemError {
  return new ProblemError(422, code, 'Unprocessable Content', detail, extra);
}
