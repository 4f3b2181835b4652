/**
 * Fastify answers `414` for a path parameter longer than this, before any schema runs. Every id in a path is a
 * uuid (36 characters), so nothing valid comes near it; a parameter schema must never document a longer maximum,
 * or the document would promise what the server refuses (test/openapi.test.ts checks both services' documents
 * through the demo, and each service's own document test).
 */
export const maxPathParameterLength = 200;
