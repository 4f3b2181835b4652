/** An OAuth client registered in the Cloud console: only its redirect URIs may receive codes. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}
