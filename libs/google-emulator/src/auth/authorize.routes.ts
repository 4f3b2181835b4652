import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { refuseAuthorization } from './authorization-code.issue.ts';
import { grantScopes, requestedScopes, silentAuthorization } from './authorize-decision.ts';
import { validateAuthorizeRequest } from './authorize-validate.ts';
import { renderConsentPage, tickedScopes } from './consent-page.ts';

type Decision = { approve: boolean; ticked: string[] };

/**
 * Google's authorization endpoint. `login_hint` + `auto_approve=true` approve at once as that user, granting
 * `grant_scopes` when given, else every requested scope (spec §7); the consent form grants the ticked scopes.
 */
export function registerAuthorizeRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  const authorize = async (query: Record<string, unknown>, reply: FastifyReply, decision?: Decision) => {
    const request = validateAuthorizeRequest(deps.state, query);
    const email = request.login_hint;
    if (decision?.approve === false) return reply.redirect(refuseAuthorization(request, 'access_denied'));
    if (decision === undefined && request.prompt?.split(' ').includes('none')) {
      return reply.redirect(silentAuthorization(deps, request));
    }
    if (decision !== undefined && email) return reply.redirect(grantScopes(deps, request, email, decision.ticked));
    if (request.auto_approve === 'true' && email) {
      const ticked = request.grant_scopes?.split(' ').filter(Boolean) ?? requestedScopes(request);
      return reply.redirect(grantScopes(deps, request, email, ticked));
    }
    return reply.type('text/html; charset=utf-8').send(renderConsentPage(request));
  };
  for (const path of ['/o/oauth2/v2/auth', '/o/oauth2/auth']) {
    app.get(path, async (request, reply) => authorize(request.query as Record<string, unknown>, reply));
  }
  app.post('/o/oauth2/v2/auth/approve', async (request, reply) => {
    const { decision, ...form } = (request.body ?? {}) as Record<string, string>;
    return authorize(form, reply, { approve: decision === 'approve', ticked: tickedScopes(form) });
  });
}
