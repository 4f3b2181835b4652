import { CodeChallengeMethod, type OAuth2Client } from 'google-auth-library';

/** Follows the authorization URL with `auto_approve=true`, as the consent page would after a click. */
export async function approveConsent(authUrl: string): Promise<URL> {
  const response = await fetch(`${authUrl}&auto_approve=true`, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || location === null) throw new Error(`consent did not redirect: ${response.status}`);
  return new URL(location);
}

export async function authorizeAs(
  auth: OAuth2Client,
  email: string,
  options: { scope: string[]; prompt?: string; codeVerifier?: string; codeChallenge?: string },
) {
  const url = auth.generateAuthUrl({
    access_type: 'offline',
    scope: options.scope,
    login_hint: email,
    state: 'state-123',
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.codeChallenge
      ? { code_challenge: options.codeChallenge, code_challenge_method: CodeChallengeMethod.S256 }
      : {}),
  });
  const redirect = await approveConsent(url);
  return { redirect, code: redirect.searchParams.get('code') ?? '' };
}
