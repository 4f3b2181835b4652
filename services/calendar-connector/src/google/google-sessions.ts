import type { calendar_v3 } from '@googleapis/calendar';
import type { OAuth2Client } from 'google-auth-library';
import type { Kysely } from 'kysely';
import { readRefreshToken } from '../credentials/credential.repository.ts';
import type { TokenCipher } from '../credentials/token-cipher.ts';
import type { Database } from '../db/database.ts';
import type { GoogleAccess } from './google-access.ts';

export interface IntegrationIdentity {
  id: string;
  auth: 'oauth' | 'service_account';
  google_account: string | null;
}

/** An authorized Calendar client for one integration, with what Google's quotas count it as. */
export interface GoogleSession {
  calendar: calendar_v3.Calendar;
  /** Whose per-user quota the calls use: the Google account, or the service account's quotaUser. */
  principal: string;
  /** Sent with every call, so Google counts a service account's integrations separately (reference §5.3). */
  quotaUser: string;
}

/**
 * Calendar clients per integration. An OAuth client keeps its access token and refreshes it before it expires, so
 * it is kept (keyed by the credential's version, so a re-authorization replaces it) instead of made per call.
 */
export interface GoogleSessions {
  forIntegration(db: Kysely<Database>, integration: IntegrationIdentity): Promise<GoogleSession | undefined>;
  /**
   * Drops an integration's client after Google refused its access token (401): a revocation kills access tokens
   * too, and only a fresh client's refresh shows whether the grant itself is gone (`invalid_grant`).
   */
  forget(integrationId: string): void;
}

export function createGoogleSessions(access: GoogleAccess, cipher: TokenCipher): GoogleSessions {
  const oauthClients = new Map<string, { version: number; client: OAuth2Client }>();
  return {
    async forIntegration(db, integration) {
      const quotaUser = integration.id;
      if (integration.auth === 'service_account') {
        if (!access.serviceAccount) return undefined;
        return { calendar: access.calendar(access.serviceAccount.auth), principal: `sa:${quotaUser}`, quotaUser };
      }
      const credential = await readRefreshToken(db, cipher, integration.id);
      if (!credential) return undefined;
      let cached = oauthClients.get(integration.id);
      if (cached?.version !== credential.version) {
        const client = access.oauthClient();
        client.setCredentials({ refresh_token: credential.refreshToken });
        cached = { version: credential.version, client };
        oauthClients.set(integration.id, cached);
      }
      const principal = integration.google_account ?? `oauth:${integration.id}`;
      return { calendar: access.calendar(cached.client), principal, quotaUser };
    },
    forget: (integrationId) => {
      oauthClients.delete(integrationId);
    },
  };
}
