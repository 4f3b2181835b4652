/**
 * A request the authorization endpoint refuses on its own page instead of redirecting: Google never sends the browser
 * to a redirect URI it cannot trust (unknown client, unregistered URI) nor for a malformed request.
 */
export class AuthorizePageError extends Error {
  readonly status: 400 | 401;
  readonly error: string;

  constructor(status: 400 | 401, error: string, message: string) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

export const invalidAuthorizeRequest = (message: string) => new AuthorizePageError(400, 'invalid_request', message);
