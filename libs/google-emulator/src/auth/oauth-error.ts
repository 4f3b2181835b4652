/** RFC 6749 token-endpoint error: `{ error, error_description }`, which google-auth-library surfaces as the message. */
export class OAuthError extends Error {
  readonly status: number;
  readonly error: string;
  readonly description: string;

  constructor(status: number, error: string, description: string) {
    super(`${error}: ${description}`);
    this.status = status;
    this.error = error;
    this.description = description;
  }

  toBody() {
    return { error: this.error, error_description: this.description };
  }
}

export const invalidGrant = (description: string) => new OAuthError(400, 'invalid_grant', description);
