import type { FastifySchemaValidationError } from 'fastify';
import type { FieldError } from './problem-details.schema.ts';
import type { ProblemError } from './problem-error.ts';
import { invalidFields } from './problem-factories.ts';

// Fastify names the request part it validated; clients know it by these names.
const fieldPrefixes: Record<string, string | undefined> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function fieldErrors(prefix: string, issue: FastifySchemaValidationError): FieldError[] {
  const path = [prefix, ...issue.instancePath.split('/').filter((segment) => segment !== '')].join('.');
  const unknownKeys = issue.params.keys;
  // zod reports every unknown key in one issue on the enclosing object; name each one.
  if (issue.keyword === 'unrecognized_keys' && Array.isArray(unknownKeys)) {
    return unknownKeys.map((key) => ({ field: `${path}.${String(key)}`, message: 'Unknown field' }));
  }
  return [{ field: path, message: issue.message ?? 'Invalid value' }];
}

export function validationProblem(issues: FastifySchemaValidationError[], context: string | undefined): ProblemError {
  const prefix = fieldPrefixes[context ?? ''] ?? 'request';
  return invalidFields(issues.flatMap((issue) => fieldErrors(prefix, issue)));
}
