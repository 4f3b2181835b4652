import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import { loginRequired } from '../errors/auth-errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw loginRequired();
  return request.principal;
}
