import { serviceLag } from './consumer-lag.ts';
import { deadLetterDepths } from './dead-letter-depth.ts';
import { partHealth } from './part-health.ts';
import { readManifest } from './stack-manifest.ts';
import { stackPaths } from './stack-paths.ts';
import { stackDirOf } from './stack-settings.ts';
import { statusReport } from './status-report.ts';
import { runningSupervisor } from './supervisor-pid.ts';

/**
 * `make status`: what runs and how it is, from stack.json and by asking each part (the services' /health/ready and
 * /metrics, Kafka's admin API). Exits 1 when the stack is not running or a part is not ready.
 */
const paths = stackPaths(stackDirOf(process.env));
const manifest = runningSupervisor(paths.pidFile) === undefined ? undefined : readManifest(paths.manifestFile);
if (manifest === undefined) {
  console.log('calbridge is not running (`make up` starts it)');
  process.exit(1);
}
const services = manifest.parts.filter((part) => 'http' in part.probe && part.probe.http.endsWith('/health/ready'));
const kafka = manifest.parts.find((part) => part.name === 'kafka');
const [health, lag, deadLetters] = await Promise.all([
  Promise.all(manifest.parts.map(async (part) => [part.name, await partHealth(part)] as const)),
  Promise.all(services.map(async (part) => [part.name, await serviceLag(part.address)] as const)),
  kafka ? deadLetterDepths(kafka.address.split(',')) : new Error('no kafka part in this stack'),
]);
console.log(statusReport({ manifest, health: Object.fromEntries(health), lag: Object.fromEntries(lag), deadLetters }));
process.exit(health.every(([, { ready }]) => ready) ? 0 : 1);
