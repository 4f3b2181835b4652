import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

const problemSchema = { $ref: '#/components/schemas/Problem' };
const problemContent = { 'application/problem+json': { schema: problemSchema } };
const problemResponse = { description: 'Problem details (RFC 9457)', content: problemContent };

const isFailure = (status: string) => status === 'default' || /^[45]/.test(status);

/**
 * Documents failures as they are sent: every error answer is an `application/problem+json` body (sendProblem),
 * so a route's declared 4xx/5xx responses and the `default` one are documented with that media type, never as
 * `application/json`.
 */
export const problemResponseTransform: SwaggerTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
  if (schema === undefined || schema.hide === true || schema.response === undefined) return transformed;
  const responses = Object.entries(schema.response).map(([status, response]) =>
    isFailure(status)
      ? [status, { description: 'Problem details (RFC 9457)', content: problemContent }]
      : [status, response],
  );
  const response = { ...Object.fromEntries(responses), default: problemResponse };
  return { ...transformed, schema: { ...schema, response } };
};
