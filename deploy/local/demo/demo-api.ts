export interface DemoCall {
  method: string;
  path: string;
  body?: unknown;
}

export interface DemoResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the tour reads a few fields of whatever came back
  body: any;
}

/** A JSON client for one service that prints each call the way a person would type it, and what came back. */
export function demoApi(baseUrl: string, token: string) {
  return async ({ method, path, body }: DemoCall): Promise<DemoResponse> => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    console.log(`  ${method} ${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`} → ${response.status}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Asks again until `accept` holds: the services learn from each other through Kafka, a moment later. */
export async function until(ask: () => Promise<DemoResponse>, accept: (response: DemoResponse) => boolean) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await ask();
    if (accept(response)) return response;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last answer ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
