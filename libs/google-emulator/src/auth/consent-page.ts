import type { AuthorizeRequest } from './authorize-request.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A consent screen a person (or a test posting the form) can approve as any e-mail address. */
export function renderConsentPage(request: AuthorizeRequest): string {
  const hidden = Object.entries(request)
    .filter(([key, value]) => value !== undefined && key !== 'login_hint')
    .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(String(value))}">`)
    .join('\n      ');
  const scopes = request.scope
    .split(' ')
    .map((scope) => `<li>${escapeHtml(scope)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Sign in - Google Accounts (emulator)</title></head>
  <body>
    <h1>Google Calendar emulator</h1>
    <p><strong>${escapeHtml(request.client_id)}</strong> wants to access your Google Account:</p>
    <ul>${scopes}</ul>
    <form method="post" action="/o/oauth2/v2/auth/approve">
      ${hidden}
      <label>Account <input type="email" name="login_hint" required value="${escapeHtml(request.login_hint ?? '')}"></label>
      <button type="submit" name="decision" value="approve">Allow</button>
      <button type="submit" name="decision" value="deny" formnovalidate>Cancel</button>
    </form>
  </body>
</html>`;
}

export function renderAuthorizeError(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error 400</title></head><body><h1>Error 400: invalid_request</h1><p>${escapeHtml(message)}</p></body></html>`;
}
