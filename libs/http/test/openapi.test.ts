import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { validate } from '@readme/openapi-parser';
import { maxPathParameterLength } from '../src/index.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

interface Parameter {
  in: string;
  schema: { maxLength?: number; pattern?: string };
}

interface Operation {
  security?: unknown;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: unknown }>;
}

interface OpenApiDocument {
  openapi: string;
  info: unknown;
  paths: Record<string, Record<string, Operation> | undefined>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { required?: string[] }> };
}

describe('GET /openapi.json', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  const operation = (path: string, method: string) => document.paths[path]?.[method];
  beforeAll(async () => {
    testApp = await buildTestApp();
    document = (await testApp.app.inject({ url: '/openapi.json' })).json();
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  test('when the document is fetched, then it is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toEqual({ title: 'demo-service', version: '1.2.3' });
    const result = await validate(structuredClone(document) as unknown as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  test('when a /v1 route is documented, then it requires the bearer JWT scheme', () => {
    expect(document.components.securitySchemes.bearerAuth).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(operation('/v1/bookings', 'post')?.security).toEqual([{ bearerAuth: [] }]);
    expect(operation('/public/peek', 'get')?.security).toBeUndefined();
  });

  test('when a route uses a schema registered with an id, then it is referenced as a component', () => {
    const requestBody = operation('/v1/bookings', 'post')?.requestBody?.content['application/json']?.schema;
    expect(requestBody).toEqual({ $ref: '#/components/schemas/BookingInput' });
    expect(document.components.schemas.Booking?.required).toEqual(['roomId', 'start', 'end', 'name']);
    expect(document.components.schemas.Problem).toBeDefined();
  });

  test('when a route declares responses, then its failures are documented as problem+json', () => {
    expect(operation('/v1/bookings', 'post')?.responses.default?.content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
  });

  test('when a route declares a 4xx response, then it is documented as problem+json, as it is sent', () => {
    expect(operation('/v1/bookings/{id}', 'get')?.responses['404']?.content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
  });

  test('when patterns are documented, then they use no Unicode property escapes and compile anywhere', () => {
    const patterns: string[] = [];
    JSON.stringify(document, (key, value) => {
      if (key === 'pattern' && typeof value === 'string') patterns.push(value);
      return value;
    });
    expect(patterns.some((pattern) => pattern.includes('\\u0000'))).toBe(true);
    for (const pattern of patterns) {
      expect(pattern).not.toMatch(/\\[pP]\{/);
      expect(() => new RegExp(pattern)).not.toThrow();
    }
  });

  test('when a path parameter is documented, then its length stays within what the server accepts', () => {
    const parameters = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods ?? {}).flatMap((op) => (op as { parameters?: Parameter[] }).parameters ?? []),
    );
    const inPath = parameters.filter((parameter) => parameter.in === 'path');
    expect(inPath.length).toBeGreaterThan(0);
    for (const { schema } of inPath) {
      // A pattern such as a uuid's bounds the length by itself; otherwise maxLength must.
      if (schema.pattern === undefined) expect(schema.maxLength).toBeLessThanOrEqual(maxPathParameterLength);
    }
  });

  test('when operational endpoints exist, then they are left out of the document', () => {
    for (const path of ['/health/live', '/health/ready', '/metrics', '/openapi.json']) {
      expect(document.paths[path]).toBeUndefined();
    }
  });
});
