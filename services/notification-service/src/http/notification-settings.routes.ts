import { inTransaction } from '@calbridge/db';
import { type HttpPlugin, owningPartner, partnerScope, problemDetailsSchema } from '@calbridge/http';
import type { Db } from '../db/db.ts';
import { invalidWebhookUrl, partnerRequired, webhookNotConfigured } from '../errors/notification-problems.ts';
import { findSettings, rotateWebhookSecret, saveSettings } from '../settings/settings.repository.ts';
import { generateWebhookSecret } from '../settings/webhook-secret.ts';
import { webhookUrlProblem } from '../webhooks/webhook-url.ts';
import {
  partnerQuerySchema,
  presentSettings,
  settingsInputSchema,
  settingsSchema,
  webhookSecretSchema,
} from './settings.schema.ts';

/** The settings are one per partner: an admin reads or writes them for a partner it names. */
function settingsPartner(
  request: Parameters<typeof partnerScope>[0],
  requested: string | undefined,
  field: string,
): string {
  const scope = partnerScope(request, requested);
  if (scope === undefined) throw partnerRequired(field);
  return scope;
}

export const notificationSettingsRoutes: HttpPlugin<{ db: Db; allowLocalWebhooks: boolean }> = async (
  app,
  { db, allowLocalWebhooks },
) => {
  app.put(
    '/v1/notification-settings',
    { schema: { body: settingsInputSchema, response: { 200: settingsSchema, 400: problemDetailsSchema } } },
    async (request) => {
      const { email, webhookUrl, customerConfirmations, language, partnerId } = request.body;
      const partner = owningPartner(request, partnerId, 'body.partnerId');
      const problem = webhookUrl ? webhookUrlProblem(webhookUrl, allowLocalWebhooks) : undefined;
      if (problem) throw invalidWebhookUrl(problem);
      const input = {
        email: email ?? null,
        webhookUrl: webhookUrl || null,
        customerConfirmations: !!customerConfirmations,
        language: language ?? 'en',
      };
      const { row, secretIssued } = await inTransaction(db, (trx) =>
        saveSettings(trx, partner, input, generateWebhookSecret()),
      );
      return {
        ...presentSettings(row),
        ...(secretIssued && row.webhook_secret ? { webhookSecret: row.webhook_secret } : {}),
      };
    },
  );

  app.get(
    '/v1/notification-settings',
    { schema: { querystring: partnerQuerySchema, response: { 200: settingsSchema } } },
    async (request) => {
      const partner = settingsPartner(request, request.query.partnerId, 'query.partnerId');
      const row = await findSettings(db, partner);
      // A partner that never saved any has the defaults: nothing is sent to it.
      return presentSettings(
        row ?? {
          partner_id: partner,
          email: null,
          webhook_url: null,
          webhook_secret: null,
          customer_confirmations: false,
          language: 'en',
        },
      );
    },
  );

  // A retried rotation only rotates again: the secret in the last answer is the one in force.
  app.post(
    '/v1/notification-settings/webhook-secret',
    { schema: { querystring: partnerQuerySchema, response: { 200: webhookSecretSchema, 409: problemDetailsSchema } } },
    async (request) => {
      const partner = settingsPartner(request, request.query.partnerId, 'query.partnerId');
      const webhookSecret = generateWebhookSecret();
      if (!(await rotateWebhookSecret(db, partner, webhookSecret))) throw webhookNotConfigured();
      return { webhookSecret };
    },
  );
};
