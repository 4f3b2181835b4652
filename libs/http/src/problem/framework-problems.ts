import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem-error.ts';

type FrameworkProblem = (request: FastifyRequest) => ProblemError;

// Fastify's own client errors, keyed by its error codes, turned into stable calbridge codes.
export const frameworkProblems: Record<string, FrameworkProblem> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new ProblemError(400, 'malformed_json', 'Malformed JSON', 'The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new ProblemError(400, 'malformed_json', 'Malformed JSON', 'The request body is empty but declared as JSON.'),
  FST_ERR_CTP_BODY_TOO_LARGE: (request) =>
    new ProblemError(
      413,
      'payload_too_large',
      'Content Too Large',
      `The request body is larger than ${request.routeOptions.bodyLimit} bytes.`,
    ),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (request) =>
    new ProblemError(
      415,
      'unsupported_media_type',
      'Unsupported Media Type',
      `Send the body as application/json, not ${JSON.stringify(request.headers['content-type'] ?? 'without a content type')}.`,
    ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ProblemError(400, 'invalid_content_length', 'Bad Request', 'The body size does not match Content-Length.'),
  FST_ERR_BAD_URL: () =>
    new ProblemError(400, 'malformed_url', 'Bad Request', 'The request path is not correctly percent-encoded.'),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    new ProblemError(414, 'uri_too_long', 'URI Too Long', 'A path parameter is longer than allowed.'),
};
