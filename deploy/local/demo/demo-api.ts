import { randomUUID } from 'node:crypto';

export interface DemoResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the demo reads a few fields of whatever came back
  body: any;
}

export type DemoApi = ReturnType<typeof demoApi>;

const shown = (body: unknown): string => {
  const text = JSON.stringify(body);
  return text.length > 110 ? `${text.slice(0, 107)}…` : text;
};

const unreachableForMs = 60_000;

/**
 * A partner's JSON client of one service, the calls the platform's UI would make: each call is printed the way a
 * person would type it, with the status that came back. Like a well-behaved UI it tries again while the service is
 * unreachable (a restart), and a POST carries an `Idempotency-Key`, so a retried one never happens twice.
 */
export function demoApi(baseUrl: string, token: string, write: (line: string) => void) {
  const call = async (method: string, path: string, body?: unknown): Promise<DemoResponse> => {
    const request = {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    const response = await retriedWhileUnreachable(() => fetch(baseUrl + path, request), baseUrl, write);
    const text = await response.text();
    write(`     ${method} ${baseUrl}${path}${body === undefined ? '' : ` ${shown(body)}`} → ${response.status}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    url: baseUrl,
    /** Reads quietly: the demo polls with these while it waits for an effect. */
    read: async (path: string): Promise<DemoResponse> => {
      const ask = () => fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      const response = await retriedWhileUnreachable(ask, baseUrl, write);
      return { status: response.status, body: await response.json() };
    },
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

async function retriedWhileUnreachable(
  send: () => Promise<Response>,
  baseUrl: string,
  write: (line: string) => void,
): Promise<Response> {
  const deadline = Date.now() + unreachableForMs;
  let told = false;
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${baseUrl} unreachable for ${unreachableForMs / 1000} s: ${error}`);
      if (!told) write(`     (${baseUrl} does not answer: restarting? trying again)`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Stops the demo when a call did not answer what the story needs, with what it answered instead. */
export function expectStatus(response: DemoResponse, status: number, what: string): DemoResponse {
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}
