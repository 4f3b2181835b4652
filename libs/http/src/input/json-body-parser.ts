import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../problem/problem-error.ts';

const charsetParameter = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

function unsupportedCharset(charset: string): ProblemError {
  const detail = `Send JSON as UTF-8 (RFC 8259 section 8.1), not ${JSON.stringify(charset)}.`;
  return new ProblemError(415, 'unsupported_media_type', 'Unsupported Media Type', detail);
}

/**
 * JSON bodies are read as UTF-8 only: a body declared in another charset would otherwise be decoded as UTF-8 and
 * stored garbled, so it is refused with 415 instead. Parsing itself stays Fastify's (prototype-poisoning checks).
 */
export function useUtf8JsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const charset = charsetParameter.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(unsupportedCharset(charset), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
}
