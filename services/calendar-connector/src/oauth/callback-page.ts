import { type CallbackOutcome, shortScope } from './callback-outcome.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const startAgain = 'Start again from the integration page with “Connect to Google Calendar”.';

function explain(outcome: CallbackOutcome): { status: number; title: string; message: string } {
  switch (outcome.kind) {
    case 'completed':
      return {
        status: 200,
        title: 'Authorization completed',
        message: `Google Calendar is connected as ${outcome.googleAccount}. You can close this window.`,
      };
    case 'missing_scopes':
      return {
        status: 400,
        title: 'Authorization not completed: a permission is missing',
        message: `Google did not grant: ${outcome.missing.map(shortScope).join(', ')}. calbridge needs every permission it asks for to write bookings and read your calendars. ${startAgain} and leave every box ticked.`,
      };
    case 'denied':
      return {
        status: 400,
        title: 'Authorization cancelled',
        message: `Access to Google Calendar was not granted. ${startAgain}`,
      };
    case 'used_state':
      return {
        status: 400,
        title: 'Link already used',
        message: `This authorization link was already used. ${startAgain}`,
      };
    case 'expired_state':
      return { status: 400, title: 'Link expired', message: `This authorization link has expired. ${startAgain}` };
    case 'invalid_state':
      return { status: 400, title: 'Invalid link', message: `This authorization link is not valid. ${startAgain}` };
    case 'no_refresh_token':
      return {
        status: 502,
        title: 'Authorization not completed',
        message: `Google did not grant offline access. ${startAgain}`,
      };
    case 'exchange_failed':
      return {
        status: 502,
        title: 'Authorization not completed',
        message: `Google did not confirm the authorization. ${startAgain}`,
      };
  }
}

/** The small page a person sees after Google's consent: done, or why not. */
export function renderCallbackPage(outcome: CallbackOutcome): { status: number; html: string } {
  const { status, title, message } = explain(outcome);
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)} – calbridge</title></head>
  <body>
    <h1>${escapeHtml(title)}</h1>
    <p data-outcome="${outcome.kind}">${escapeHtml(message)}</p>
  </body>
</html>
`;
  return { status, html };
}
