import { probe } from './readiness-probe.ts';
import type { PartDescription } from './stack-part.ts';

export interface PartHealth {
  ready: boolean;
  /** Why it is not ready, in a few words: the service's own failing checks when its /health/ready says which. */
  why?: string;
}

interface NotReadyBody {
  detail?: string;
  checks?: Record<string, unknown>;
}

/** Asks the part its probe: a service's `/health/ready` answer (and the checks it names when it fails), else a connect. */
export async function partHealth(part: PartDescription): Promise<PartHealth> {
  if (part.state !== 'running') return { ready: false, why: part.lastExit ?? part.state };
  if (!('http' in part.probe) || !part.probe.http.endsWith('/health/ready')) {
    return probe(part.probe).then(
      () => ({ ready: true }),
      (error: Error) => ({ ready: false, why: error.message }),
    );
  }
  try {
    const response = await fetch(part.probe.http, { signal: AbortSignal.timeout(5_000) });
    if (response.status === 200) return { ready: true };
    const body = (await response.json().catch(() => ({}))) as NotReadyBody;
    return { ready: false, why: `${response.status}: ${failingChecks(body) ?? body.detail ?? 'no reason given'}` };
  } catch (error) {
    return { ready: false, why: `no answer (${(error as Error).message})` };
  }
}

function failingChecks({ checks }: NotReadyBody): string | undefined {
  const failing = Object.entries(checks ?? {}).filter(([, outcome]) => outcome !== 'ok');
  if (failing.length === 0) return undefined;
  return failing.map(([name, outcome]) => `${name} ${String(outcome).replace('_', ' ')}`).join(', ');
}
