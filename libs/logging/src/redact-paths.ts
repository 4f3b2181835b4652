// pino redact paths (https://getpino.io/#/docs/redaction): a leading `*` matches exactly one level, so each depth
// that matters is listed. Every path beginning with `*` is tried against every top-level field of every line, so the
// list stays short: keys that hold credentials or contact data, at the depths where they really occur.

/** Keys holding credentials, redacted at the top level and one level down (`headers.authorization`). */
const secretKeys = [
  'authorization',
  'x-goog-channel-token',
  'token',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'id_token',
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'privateKey',
  'private_key',
];
/** Contact data of customers and partners. */
const personalKeys = ['email', 'phone'];
/** Headers as request and response serializers log them (`authorization` one level down is already covered). */
const headerPaths = [
  'headers.cookie',
  'headers["set-cookie"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-goog-channel-token"]',
  'res.headers["set-cookie"]',
];

const member = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);
const at = (prefix: string, key: string) => (prefix === '' ? member(key).replace(/^\./, '') : prefix + member(key));

/** Paths whose values every calbridge log line replaces with `[redacted]`. */
export const redactPaths: readonly string[] = [
  ...[...secretKeys, ...personalKeys].flatMap((key) => [at('', key), at('*', key)]),
  ...headerPaths,
  // A booking snapshot as logged bare, inside an event's `data`, and inside a whole envelope.
  ...personalKeys.flatMap((key) => [at('*.customer', key), at('*.*.customer', key), at('*.*.*.customer', key)]),
];

export const redactCensor = '[redacted]';
