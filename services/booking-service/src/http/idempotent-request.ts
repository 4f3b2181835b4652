import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { stringify } from 'safe-stable-stringify';
import type { IdempotentRequest } from '../idempotency/with-idempotency.ts';

/**
 * The idempotency claim of a request, or undefined without an `Idempotency-Key`. Keys are per calling partner
 * (the token's subject). The fingerprint covers route, path ids and body, with keys sorted, so the same body in
 * another key order is the same request.
 */
export function idempotentRequest(request: FastifyRequest, key: string | undefined): IdempotentRequest | undefined {
  if (key === undefined) return undefined;
  const described = stringify({ route: request.routeOptions.url, params: request.params, body: request.body ?? null });
  const fingerprint = createHash('sha256')
    .update(described ?? '')
    .digest('base64url');
  return { partnerId: request.tenant.partnerId, key, fingerprint };
}
