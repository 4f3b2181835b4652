import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createKeyMaterial, renderKeyFile } from '../accounts/service-account-key.ts';
import { ensureAccount } from '../accounts/user-accounts.ts';
import type { EmulatorDeps } from '../app/emulator-deps.ts';
import { controlError, parseControlBody } from './control-body.ts';

const serviceAccountBody = z.object({ email: z.email(), domainWideDelegation: z.boolean().default(false) });

/** Registers a service account and answers its JSON key; asking again returns the same key. */
export function registerServiceAccountRoutes(app: FastifyInstance, deps: EmulatorDeps): void {
  app.post('/service-accounts', async (request) => {
    const { email, domainWideDelegation } = parseControlBody(serviceAccountBody, request.body);
    const existing = deps.state.accounts.get(email);
    if (existing !== undefined && existing.kind !== 'serviceAccount') throw controlError(409, `${email} is a user`);
    const key = existing?.serviceAccount ?? (await createKeyMaterial(domainWideDelegation));
    const account = ensureAccount(deps, email, 'serviceAccount');
    account.serviceAccount = { ...key, domainWideDelegation };
    return renderKeyFile(email, key, deps.publicUrl());
  });
}
