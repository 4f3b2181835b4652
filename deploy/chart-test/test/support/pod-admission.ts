import { randomBytes } from 'node:crypto';
import type { ApiResponse, TestCluster } from './test-cluster.ts';

// biome-ignore lint/suspicious/noExplicitAny: a PodTemplateSpec as the API server returned it
type PodTemplate = { metadata?: { labels?: Record<string, string> }; spec: any };

/**
 * Creates (and deletes again) a Pod from a workload's pod template, as a ReplicaSet or Job controller would: the
 * API server's answer is its Pod Security verdict on that template.
 */
export async function admitPod(api: TestCluster['api'], namespace: string, owner: string, template: PodTemplate) {
  const name = `${owner.slice(0, 50)}-${randomBytes(3).toString('hex')}`;
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: template.metadata?.labels },
    spec: template.spec,
  };
  const created = await api('POST', `/api/v1/namespaces/${namespace}/pods`, pod);
  if (created.status === 201) await api('DELETE', `/api/v1/namespaces/${namespace}/pods/${name}`);
  return {
    owner,
    status: created.status,
    message: created.body?.message as string | undefined,
    warnings: created.warnings,
  };
}

export type Admission = Awaited<ReturnType<typeof admitPod>>;

/**
 * Plays the Job controller while helm waits for its hook Jobs: admits a Pod from each new Job's template, then marks
 * the Job complete, which is what helm waits for.
 */
export function jobController(api: TestCluster['api'], namespace: string) {
  const handled = new Map<string, Admission>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const jobs: ApiResponse = await api('GET', `/apis/batch/v1/namespaces/${namespace}/jobs`);
      for (const job of jobs.body?.items ?? []) {
        if (handled.has(job.metadata.uid)) continue;
        handled.set(job.metadata.uid, await admitPod(api, namespace, job.metadata.name, job.spec.template));
        await complete(api, namespace, job.metadata.name);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    /** The Jobs seen so far, each with its Pod's admission. */
    admissions: () => [...handled.values()],
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function complete(api: TestCluster['api'], namespace: string, name: string) {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const condition = (type: string, reason: string) => ({
    type,
    status: 'True',
    reason,
    message: 'completed by the chart test',
    lastProbeTime: now,
    lastTransitionTime: now,
  });
  const status = {
    startTime: now,
    completionTime: now,
    succeeded: 1,
    conditions: [condition('SuccessCriteriaMet', 'CompletionsReached'), condition('Complete', 'CompletionsReached')],
  };
  const path = `/apis/batch/v1/namespaces/${namespace}/jobs/${name}/status`;
  const patched = await api('PATCH', path, { status }, 'application/merge-patch+json');
  if (patched.status !== 200)
    throw new Error(`completing Job ${name}: ${patched.status} ${JSON.stringify(patched.body)}`);
}
