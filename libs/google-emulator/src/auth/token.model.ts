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
  /** `email client` pairs that already consented: Google only returns a refresh token on first consent. */
  consents: Set<string>;
}

export const createTokenStore = (): TokenStore => ({
  access: new Map(),
  refresh: new Map(),
  codes: new Map(),
  consents: new Set(),
});
