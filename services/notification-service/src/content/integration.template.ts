import type { Message } from './message.ts';

export interface IntegrationContext {
  integrationId: string;
  name: string;
  status: 'needs_reauth' | 'error';
  reason?: string;
}

/** The connector's reasons (calendar-connector), said so a partner knows what happened; free text stays as it is. */
function explain(reason: string | undefined): string {
  if (reason === undefined) return 'No reason was given.';
  if (reason === 'google_authorization_revoked')
    return 'Google access was revoked or has expired (google_authorization_revoked).';
  if (reason.startsWith('missing_scopes'))
    return `Google did not grant every permission calbridge needs (${reason}). Reconnect and allow all of them.`;
  return reason;
}

/** `<PARTNER_APP_URL>/integrations/<id>/reconnect`, whatever the base ends with. */
export const reconnectUrl = (partnerAppUrl: string, integrationId: string): string =>
  new URL(`integrations/${encodeURIComponent(integrationId)}/reconnect`, partnerAppUrl.replace(/\/*$/, '/')).href;

/** To the partner, in English: what broke, why, and the link that fixes it. */
export function integrationMessage(context: IntegrationContext, partnerAppUrl: string): Message {
  const url = reconnectUrl(partnerAppUrl, context.integrationId);
  const reauth = context.status === 'needs_reauth';
  return {
    language: 'en',
    subject: reauth
      ? `Reconnect Google Calendar: ${context.name}`
      : `Google Calendar integration needs attention: ${context.name}`,
    paragraphs: [
      reauth
        ? `calbridge can no longer reach Google Calendar for your integration "${context.name}".`
        : `Your Google Calendar integration "${context.name}" reports an error.`,
      `Reason: ${explain(context.reason)}`,
      reauth
        ? 'Nothing is lost: changes wait, and are written to Google once you reconnect.'
        : 'Check that the calendars are still shared and the account still allows calbridge, then reconnect.',
    ],
    action: { label: 'Reconnect', url },
    facts: {
      integrationId: context.integrationId,
      name: context.name,
      status: context.status,
      ...(context.reason ? { reason: context.reason } : {}),
      reconnectUrl: url,
    },
  };
}
