import type { FastifyRequest } from 'fastify';
import { partnerForbidden } from '../errors/booking-problems.ts';

/** The partner a query is confined to; `undefined` means every partner, which only an admin can ask for. */
export type PartnerScope = string | undefined;

/**
 * A partner sees only its own rows. An admin sees every partner's rows, or one partner's when it names it
 * (`partnerId` in the query or body). Naming another partner without the admin role is refused, not ignored.
 */
export function partnerScope(request: FastifyRequest, requested?: string): PartnerScope {
  const { partnerId, isAdmin } = request.tenant;
  if (isAdmin) return requested;
  if (requested !== undefined && requested !== partnerId) throw partnerForbidden();
  return partnerId;
}

/** The partner a new row belongs to: the caller's own, or for an admin the one it names. */
export function owningPartner(request: FastifyRequest, requested?: string): string {
  return partnerScope(request, requested) ?? request.tenant.partnerId;
}
