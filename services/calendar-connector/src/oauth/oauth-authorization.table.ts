export interface OAuthAuthorizationTable {
  id: string;
  integration_id: string;
  code_verifier: string;
  expires_at: Date;
  used_at: Date | null;
}
