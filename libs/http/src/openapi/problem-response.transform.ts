import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

const problemResponse = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

// Documents that every failure of a route with declared responses is a problem+json body.
export const problemResponseTransform: SwaggerTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
  if (schema === undefined || schema.hide === true || schema.response === undefined) return transformed;
  return { ...transformed, schema: { ...schema, response: { ...schema.response, default: problemResponse } } };
};
