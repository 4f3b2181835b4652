export interface AccessTokenRecord {
  token: string;
  email: string;
  scopes: string[];
  expiresAt: number;
  /** The refresh grant it came from, so revoking the grant kills it too. */
  grant?: string;
}

export interface RefreshGrant {
  token: string;
  email: string;
  scopes: string[];
  issuedAt: number;
  /** Unset for tokens minted by the control API: any OAuth client may use them. */
  clientId?: string;
}

export interface AuthorizationCode {
  code: string;
  email: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  expiresAt: number;
  issueRefreshToken: boolean;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

export interface TokenStore {
  access: Map<string, AccessTokenRecord>;
  refresh: Map<string, RefreshGrant>;
  codes: Map<string, AuthorizationCode>;
  /**
   * Scopes each user granted each client so far, keyed `email client`: Google returns a refresh token only on first
   * consent, merges them for `include_granted_scopes` and lets `prompt=none` through only when they cover a request.
   */
  consents: Map<string, string[]>;
}

export const createTokenStore = (): TokenStore => ({
  access: new Map(),
  refresh: new Map(),
  codes: new Map(),
  consents: new Map(),
});
