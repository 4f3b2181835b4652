import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitUntil } from '../../../libs/local-stack/src/index.ts';

/**
 * What the platform registers in Google's Cloud console, done against the emulator (spec §6): the connector's OAuth
 * client, with its callback as the one redirect URI, and its service account, whose JSON key the connector reads.
 * Client id and secret are local-only defaults; GOOGLE_OAUTH_CLIENT_ID / _SECRET in the caller's environment win.
 */
export function localGoogle(env: NodeJS.ProcessEnv, stackDir: string, emulatorPort: number, connectorPort: number) {
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const connectorUrl = `http://127.0.0.1:${connectorPort}`;
  const clientId = env.GOOGLE_OAUTH_CLIENT_ID || 'calbridge-local.apps.googleusercontent.com';
  const clientSecret = env.GOOGLE_OAUTH_CLIENT_SECRET || 'calbridge-local-only-oauth-secret';
  const serviceAccountEmail = 'calbridge-local@calbridge-local.iam.gserviceaccount.com';
  const keyFile = join(stackDir, 'google-service-account.json');
  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`emulator ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return {
    /** Registers the client and the service account (both idempotent) once the emulator answers. */
    register: async (): Promise<void> => {
      await waitUntil(
        'google-emulator',
        async () => {
          const response = await fetch(`${emulatorUrl}/_emulator/settings`);
          if (!response.ok) throw new Error(`status ${response.status}`);
        },
        30_000,
      );
      await control('/oauth-clients', { clientId, clientSecret, redirectUris: [`${connectorUrl}/oauth2/callback`] });
      const key = await control('/service-accounts', { email: serviceAccountEmail });
      await writeFile(keyFile, JSON.stringify(key), { mode: 0o600 });
    },
    /** The connector's GOOGLE_* settings, pointed at the emulator. */
    connectorEnv: {
      GOOGLE_API_ROOT_URL: `${emulatorUrl}/`,
      GOOGLE_OAUTH_AUTH_URL: `${emulatorUrl}/o/oauth2/v2/auth`,
      GOOGLE_OAUTH_TOKEN_URL: `${emulatorUrl}/token`,
      GOOGLE_OAUTH_CLIENT_ID: clientId,
      GOOGLE_OAUTH_CLIENT_SECRET: clientSecret,
      GOOGLE_SERVICE_ACCOUNT_KEY_FILE: keyFile,
      PUBLIC_BASE_URL: connectorUrl,
      // Seals refresh tokens of a stack that only ever listens on loopback; a real deployment sets its own key.
      CONNECTOR_ENCRYPTION_KEY:
        env.CONNECTOR_ENCRYPTION_KEY || Buffer.alloc(32, 'calbridge-local-only').toString('base64'),
    },
  };
}

export type LocalGoogle = ReturnType<typeof localGoogle>;
