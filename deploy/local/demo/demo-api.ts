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

/**
 * A partner's JSON client of one service, the calls the platform's UI would make: each call is printed the way a
 * person would type it, with the status that came back.
 */
export function demoApi(baseUrl: string, token: string, write: (line: string) => void) {
  const call = async (method: string, path: string, body?: unknown): Promise<DemoResponse> => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    write(`     ${method} ${baseUrl}${path}${body === undefined ? '' : ` ${shown(body)}`} → ${response.status}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    url: baseUrl,
    /** Reads quietly: the demo polls with these while it waits for an effect. */
    read: async (path: string): Promise<DemoResponse> => {
      const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: await response.json() };
    },
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

/** Stops the demo when a call did not answer what the story needs, with what it answered instead. */
export function expectStatus(response: DemoResponse, status: number, what: string): DemoResponse {
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}
