import { STATUS_CODES } from 'node:http';
import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { dataExceptionProblem } from './data-exception.ts';
import { frameworkProblems } from './framework-problems.ts';
import { ProblemError } from './problem-error.ts';
import { validationProblem } from './validation-problem.ts';

interface ErrorFields {
  code?: unknown;
  statusCode?: unknown;
  validation?: FastifySchemaValidationError[];
  validationContext?: string;
}

function isClientErrorStatus(status: unknown): status is number {
  return typeof status === 'number' && status >= 400 && status < 500 && STATUS_CODES[status] !== undefined;
}

export function internalProblem(): ProblemError {
  return new ProblemError(500, 'internal', 'Internal Server Error', 'An unexpected error occurred.');
}

export function toProblemError(error: unknown, request: FastifyRequest): ProblemError {
  if (error instanceof ProblemError) return error;
  if (typeof error !== 'object' || error === null) return internalProblem();
  const fields = error as ErrorFields;
  if (Array.isArray(fields.validation)) return validationProblem(fields.validation, fields.validationContext);
  const framework = typeof fields.code === 'string' ? frameworkProblems[fields.code] : undefined;
  if (framework !== undefined) return framework(request);
  const refusedValue = dataExceptionProblem(error);
  if (refusedValue !== undefined) return refusedValue;
  // Other 4xx errors keep their status, but their messages come from code we do not control, so they stay private.
  if (isClientErrorStatus(fields.statusCode)) {
    const title = STATUS_CODES[fields.statusCode] ?? 'Bad Request';
    return new ProblemError(fields.statusCode, title.toLowerCase().replaceAll(/[^a-z]+/g, '_'), title);
  }
  return internalProblem();
}
