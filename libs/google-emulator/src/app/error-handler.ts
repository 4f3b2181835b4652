import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AuthorizePageError } from '../auth/authorize-page-error.ts';
import { renderAuthorizeError } from '../auth/consent-page.ts';
import { OAuthError } from '../auth/oauth-error.ts';
import { backendError, notFound } from '../errors/api-errors.ts';
import { GoogleError } from '../errors/google-error.ts';

export function sendGoogleError(reply: FastifyReply, error: GoogleError): FastifyReply {
  if (error.code === 401)
    reply.header('www-authenticate', 'Bearer realm="https://accounts.google.com/", error="invalid_token"');
  return reply.code(error.code).type('application/json; charset=UTF-8').send(error.toBody());
}

const parseError = () => new GoogleError({ code: 400, domain: 'global', reason: 'parseError', message: 'Parse Error' });

/** Every failure leaves in Google's error shape (reference §5.1), including malformed JSON and our own bugs. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof GoogleError) return sendGoogleError(reply, error);
  if (error instanceof OAuthError) return reply.code(error.status).send(error.toBody());
  if (error instanceof AuthorizePageError) {
    return reply
      .code(error.status)
      .type('text/html; charset=utf-8')
      .send(renderAuthorizeError(error.status, error.error, error.message));
  }
  if (error.code?.startsWith('FST_ERR_CTP') || error.statusCode === 400) return sendGoogleError(reply, parseError());
  request.log.error({ err: error }, 'unexpected emulator failure');
  return sendGoogleError(reply, backendError());
}

export function handleNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendGoogleError(reply, notFound());
}
