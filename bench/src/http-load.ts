import autocannon from 'autocannon';

export interface HttpLoad {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

/** One autocannon run of POSTs with an empty body: requests/s, p99, and every answer that was not a 2xx. */
export async function postLoad(load: HttpLoad) {
  const result = await autocannon({
    url: load.url,
    method: 'POST',
    headers: load.headers,
    connections: load.connections,
    duration: load.seconds,
  });
  return {
    perSecond: result.requests.average,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
