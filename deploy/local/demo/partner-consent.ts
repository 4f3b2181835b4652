import type { DemoWorld } from './demo-world.ts';

/**
 * "Connect to Google Calendar": the partner asks the connector for Google's consent page and the person approves.
 * A browser would show the page; the emulator's `login_hint` + `auto_approve` stand for the person ticking every box
 * (spec §7), and the redirect lands on the connector's callback exactly as it would.
 */
export async function connectGoogleAccount(world: DemoWorld, integrationId: string, email: string): Promise<string> {
  const authorize = await world.connector.post(`/v1/integrations/${integrationId}/google/authorize`);
  if (authorize.status !== 200) throw new Error(`authorize: ${authorize.status} ${JSON.stringify(authorize.body)}`);
  world.say.look('Google consent page (open it to see the scopes asked for)', authorize.body.url);
  const consent = new URL(authorize.body.url);
  consent.searchParams.set('login_hint', email);
  consent.searchParams.set('auto_approve', 'true');
  const approved = await fetch(consent, { redirect: 'manual' });
  const callback = approved.headers.get('location');
  if (approved.status !== 302 || !callback) throw new Error(`consent answered ${approved.status}`);
  world.say.note(`${email} approves; Google redirects to ${new URL(callback).origin}${new URL(callback).pathname}`);
  const page = await fetch(callback);
  const html = await page.text();
  const heading = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  const completed = page.status === 200 && html.includes('data-outcome="completed"');
  world.say.see(`the connector's page says "${heading}"`, completed, heading);
  return heading;
}
