import type { FastifyRequest } from 'fastify';

// Admins may act for another partner by naming it; everyone else is confined to their own partner id.
export function tenantScope(request: FastifyRequest, requestedPartnerId?: string): string {
  const { partnerId, isAdmin } = request.tenant;
  return isAdmin && requestedPartnerId !== undefined ? requestedPartnerId : partnerId;
}
