import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { approveAuthorization, denyAuthorization } from './authorization-code.issue.ts';
import { authorizeRequestSchema } from './authorize-request.ts';
import { renderAuthorizeError, renderConsentPage } from './consent-page.ts';

/** Google's authorization endpoint; `login_hint` + `auto_approve=true` approve at once as that user (spec §7). */
export function registerAuthorizeRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  const authorize = async (query: unknown, reply: FastifyReply, decision?: string) => {
    const parsed = authorizeRequestSchema.safeParse(query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(renderAuthorizeError(`Invalid parameter: ${issue?.path.join('.')}`));
    }
    const request = parsed.data;
    const approved = decision === 'approve' || (decision === undefined && request.auto_approve === 'true');
    if (decision === 'deny') return reply.redirect(denyAuthorization(request));
    if (approved && request.login_hint) return reply.redirect(approveAuthorization(deps, request, request.login_hint));
    return reply.type('text/html; charset=utf-8').send(renderConsentPage(request));
  };
  for (const path of ['/o/oauth2/v2/auth', '/o/oauth2/auth']) {
    app.get(path, async (request, reply) => authorize(request.query, reply));
  }
  app.post('/o/oauth2/v2/auth/approve', async (request, reply) => {
    const { decision, ...form } = (request.body ?? {}) as Record<string, string>;
    return authorize(form, reply, decision === 'approve' ? 'approve' : 'deny');
  });
}
