import { ProblemError } from './problem-error.ts';

// SQLSTATE class 22 "data exception" (invalid text representation, character not in repertoire, numeric value
// out of range, datetime overflow, …): https://www.postgresql.org/docs/current/errcodes-appendix.html
const dataException = /^22[0-9A-Z]{3}$/;

/**
 * Postgres refusing a value it was handed. In a request that value came from the client, so it is the client's
 * error (spec §4: never a 500 for input), not ours. Validation should refuse such input first; this is only the
 * net under it. Recognised by shape (pg's DatabaseError carries `code` and `severity`), so no driver is imported.
 */
export function dataExceptionProblem(error: object): ProblemError | undefined {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (typeof code !== 'string' || typeof severity !== 'string' || !dataException.test(code)) return undefined;
  return new ProblemError(400, 'invalid_value', 'Bad Request', 'The request holds a value that cannot be stored.');
}
