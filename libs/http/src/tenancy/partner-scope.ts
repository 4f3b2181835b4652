import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../problem/problem-error.ts';
import { invalidFields } from '../problem/problem-factories.ts';

/** The partner a query is confined to; `undefined` means every partner, which only an admin can ask for. */
export type PartnerScope = string | undefined;

const partnerForbidden = () =>
  new ProblemError(403, 'partner_forbidden', 'Forbidden', 'Only an admin token may name another partner.');

/**
 * The one tenancy rule (spec §4): a partner sees only its own rows; an admin sees every partner's rows, or one
 * partner's when it names it (`partnerId` in the query or body). A partner naming another partner is refused,
 * not silently narrowed, so a client bug shows at once. Ids arrive lower-cased (idField), so case never matters.
 */
export function partnerScope(request: FastifyRequest, requested?: string): PartnerScope {
  const { partnerId, isAdmin } = request.tenant;
  if (isAdmin) return requested;
  if (requested !== undefined && requested !== partnerId) throw partnerForbidden();
  return partnerId;
}

/**
 * The partner a new row belongs to: the caller's own; an admin must name it, as an admin has no rows of its own.
 * `field` is where the client names it, e.g. `body.partnerId`.
 */
export function owningPartner(request: FastifyRequest, requested: string | undefined, field: string): string {
  const scope = partnerScope(request, requested);
  if (scope === undefined) {
    throw invalidFields([{ field, message: 'An admin must name the partner that owns what it creates' }]);
  }
  return scope;
}

/** Whether a row of `ownerId` is visible in `scope`. */
export const inScope = (scope: PartnerScope, ownerId: string): boolean => scope === undefined || scope === ownerId;
