import { ProblemError, type ProblemExtra } from './problem-error.ts';

export function notFound(what: string): ProblemError {
  return new ProblemError(404, 'not_found', 'Not Found', `${what} not found`);
}

export function conflict(code: string, detail: string, extra?: ProblemExtra): ProblemError {
  return new ProblemError(409, code, 'Conflict', detail, extra);
}

export function unprocessable(code: string, detail: string, extra?: ProblemExtra): ProblemError {
  return new ProblemError(422, code, 'Unprocessable Content', detail, extra);
}
