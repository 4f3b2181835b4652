import { readFileSync } from 'node:fs';
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { gaxios, JWT, OAuth2Client } from 'google-auth-library';
import type { Config } from '../config.ts';
import { serviceAccountScopes } from './google-scopes.ts';

// Google's fixed token endpoint; JWT (service accounts) has no setting for it (reference §8.2).
const googleTokenUrl = 'https://oauth2.googleapis.com/token';

export interface ServiceAccount {
  email: string;
  auth: JWT;
}

/**
 * How the connector reaches Google: the OAuth client, the platform's service account and Calendar clients, all
 * from the GOOGLE_* settings (spec §6). The only place that constructs Google clients.
 */
export interface GoogleAccess {
  /** An OAuth client for the consent flow and for one integration's refresh token. */
  oauthClient(): OAuth2Client;
  oauthConfigured: boolean;
  serviceAccount: ServiceAccount | undefined;
  calendar(auth: OAuth2Client | JWT): calendar_v3.Calendar;
  callbackUrl: string;
}

export function createGoogleAccess(config: Config): GoogleAccess {
  const callbackUrl = new URL('/oauth2/callback', config.PUBLIC_BASE_URL).href;
  const endpoints = { oauth2TokenUrl: config.GOOGLE_OAUTH_TOKEN_URL, oauth2AuthBaseUrl: config.GOOGLE_OAUTH_AUTH_URL };
  return {
    oauthClient: () =>
      new OAuth2Client({
        clientId: config.GOOGLE_OAUTH_CLIENT_ID,
        clientSecret: config.GOOGLE_OAUTH_CLIENT_SECRET,
        redirectUri: callbackUrl,
        endpoints,
      }),
    oauthConfigured: config.GOOGLE_OAUTH_CLIENT_ID !== undefined && config.GOOGLE_OAUTH_CLIENT_SECRET !== undefined,
    serviceAccount: config.GOOGLE_SERVICE_ACCOUNT_KEY_FILE
      ? loadServiceAccount(config.GOOGLE_SERVICE_ACCOUNT_KEY_FILE, config.GOOGLE_OAUTH_TOKEN_URL)
      : undefined,
    // Retries are the outbound queue's (backoff with jitter, counted per change), so the client's own are off:
    // two layers would multiply attempts against a rate limit (reference §8.5).
    calendar: (auth) => calendar({ version: 'v3', rootUrl: config.GOOGLE_API_ROOT_URL, auth, retry: false }),
    callbackUrl,
  };
}

function loadServiceAccount(keyFile: string, tokenUrl: string): ServiceAccount {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { client_email: string; private_key: string };
  return {
    email: key.client_email,
    auth: new JWT({
      email: key.client_email,
      key: key.private_key,
      scopes: serviceAccountScopes,
      transporter: tokenTransporter(tokenUrl),
    }),
  };
}

/** Sends JWT's token requests to the configured token endpoint when it is not Google's own. */
function tokenTransporter(tokenUrl: string): gaxios.Gaxios {
  const transporter = new gaxios.Gaxios();
  if (tokenUrl === googleTokenUrl) return transporter;
  transporter.interceptors.request.add({
    resolved: async (request) => {
      // A URL object, not a string: with a string gaxios' error redactor hides the token endpoint's answer.
      if (String(request.url).startsWith(googleTokenUrl)) request.url = new URL(tokenUrl);
      return request;
    },
  });
  return transporter;
}
