export interface ControlResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** Plain HTTP for the emulator's control API (/_emulator, spec §7): what the Google Calendar UI or Cloud console would do. */
export function controlClient(baseUrl: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<ControlResponse<T>> => {
    const response = await fetch(`${baseUrl}/_emulator${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as T };
  };
  return {
    get: <T = Record<string, unknown>>(path: string) => call<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
    put: <T = Record<string, unknown>>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = Record<string, unknown>>(path: string) => call<T>('DELETE', path),
  };
}

export type ControlClient = ReturnType<typeof controlClient>;
