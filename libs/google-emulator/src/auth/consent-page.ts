import type { AuthorizeRequest } from './authorize-request.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const TICKED = /^grant_\d+$/;

/**
 * A consent screen a person (or a test posting the form) can approve as any e-mail address, with one checkbox per
 * requested scope like Google's granular consent; only the ticked ones are granted.
 */
export function renderConsentPage(request: AuthorizeRequest): string {
  const hidden = Object.entries(request)
    .filter(([key, value]) => value !== undefined && key !== 'login_hint')
    .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(String(value))}">`)
    .join('\n      ');
  const scopes = request.scope
    .split(' ')
    .filter(Boolean)
    .map(
      (scope, index) =>
        `<li><label><input type="checkbox" name="grant_${index}" value="${escapeHtml(scope)}" checked> ${escapeHtml(scope)}</label></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Sign in - Google Accounts (emulator)</title></head>
  <body>
    <h1>Google Calendar emulator</h1>
    <form method="post" action="/o/oauth2/v2/auth/approve">
      <p><strong>${escapeHtml(request.client_id)}</strong> wants to access your Google Account:</p>
      <ul>${scopes}</ul>
      ${hidden}
      <label>Account <input type="email" name="login_hint" required value="${escapeHtml(request.login_hint ?? '')}"></label>
      <button type="submit" name="decision" value="approve">Allow</button>
      <button type="submit" name="decision" value="deny" formnovalidate>Cancel</button>
    </form>
  </body>
</html>`;
}

/** The scopes whose checkboxes were ticked in a posted consent form. */
export function tickedScopes(form: Record<string, string>): string[] {
  return Object.entries(form)
    .filter(([key]) => TICKED.test(key))
    .map(([, scope]) => scope);
}

export function renderAuthorizeError(status: number, error: string, message: string): string {
  const title = `Error ${status}: ${escapeHtml(error)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>Access blocked: authorization error</h1><p>${escapeHtml(message)}</p><p>${title}</p></body></html>`;
}
