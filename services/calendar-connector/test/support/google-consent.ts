import type { PartnerApi } from './partner-api.ts';

/**
 * "Connect to Google Calendar" as a partner clicks through it: the authorize URL from the connector, Google's consent
 * page approved at once by `email`, and the browser following the redirect to the connector's callback.
 */
export async function connectGoogle(api: PartnerApi, baseUrl: string, integrationId: string, email: string) {
  const authorize = await api.post(`/v1/integrations/${integrationId}/google/authorize`);
  if (authorize.status !== 200) throw new Error(`authorize answered ${authorize.status}`);
  const consentUrl = new URL(authorize.body.url);
  consentUrl.searchParams.set('login_hint', email);
  consentUrl.searchParams.set('auto_approve', 'true');
  const consented = await fetch(consentUrl, { redirect: 'manual' });
  const location = consented.headers.get('location');
  if (consented.status !== 302 || !location) throw new Error(`consent answered ${consented.status}`);
  const callback = new URL(location);
  const page = await fetch(`${baseUrl}${callback.pathname}${callback.search}`);
  return { status: page.status, html: await page.text() };
}
