import { CodeChallengeMethod, type OAuth2Client } from 'google-auth-library';

/** What the browser sees on opening an authorization URL: a redirect, or a page. */
export async function openAuthorization(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return {
    status: response.status,
    redirect: location === null ? undefined : new URL(location),
    html: await response.text(),
  };
}

/** Follows the authorization URL with `auto_approve=true`, as the consent page would after a click. */
export async function approveConsent(authUrl: string, grantScopes?: string[]): Promise<URL> {
  const grant = grantScopes === undefined ? '' : `&grant_scopes=${encodeURIComponent(grantScopes.join(' '))}`;
  const { status, redirect } = await openAuthorization(`${authUrl}&auto_approve=true${grant}`);
  if (status !== 302 || redirect === undefined) throw new Error(`consent did not redirect: ${status}`);
  return redirect;
}

export interface AuthorizeOptions {
  scope: string[];
  prompt?: string;
  codeChallenge?: string;
  /** The scopes the user leaves ticked (`grant_scopes`); all requested ones when omitted. */
  grantScopes?: string[];
  includeGrantedScopes?: boolean;
}

export function authorizationUrl(auth: OAuth2Client, email: string, options: AuthorizeOptions): string {
  return auth.generateAuthUrl({
    access_type: 'offline',
    scope: options.scope,
    login_hint: email,
    state: 'state-123',
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.includeGrantedScopes ? { include_granted_scopes: true } : {}),
    ...(options.codeChallenge
      ? { code_challenge: options.codeChallenge, code_challenge_method: CodeChallengeMethod.S256 }
      : {}),
  });
}

export async function authorizeAs(auth: OAuth2Client, email: string, options: AuthorizeOptions) {
  const redirect = await approveConsent(authorizationUrl(auth, email, options), options.grantScopes);
  return { redirect, code: redirect.searchParams.get('code') ?? '' };
}
