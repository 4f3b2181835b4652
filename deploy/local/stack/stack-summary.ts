import { relative } from 'node:path';
import { demoPartnerId } from './demo-token.ts';
import type { StackManifest } from './stack-manifest.ts';
import type { StackPaths } from './stack-paths.ts';

/** What `make up` prints once the stack is ready: where everything is and how to call it. */
export function stackSummary(manifest: StackManifest, paths: StackPaths, token: string): string {
  const at = (file: string): string => relative(paths.repo, file);
  const nameWidth = Math.max(...manifest.parts.map((part) => part.name.length));
  const addressWidth = Math.max(...manifest.parts.map((part) => part.address.length));
  const parts = manifest.parts.map(
    (part) => `  ${part.name.padEnd(nameWidth)}  ${part.address.padEnd(addressWidth)}  log: ${at(part.log)}`,
  );
  const booking = manifest.parts.find((part) => part.name === 'booking-service');
  return [
    `calbridge is up (supervisor pid ${manifest.pid}, since ${manifest.startedAt})`,
    ...parts,
    '',
    `supervisor log: ${at(paths.supervisorLog)}`,
    '',
    `demo partner ${demoPartnerId}, token valid 30 days:`,
    `  export CALBRIDGE_TOKEN=${token}`,
    ...(booking ? ['', 'try:', ...curlExample(booking.address)] : []),
    '',
    '`make down` stops it.',
  ].join('\n');
}

function curlExample(bookingUrl: string): string[] {
  return [
    `  curl -s -X POST ${bookingUrl}/v1/rooms -H "Authorization: Bearer $CALBRIDGE_TOKEN" \\`,
    `    -H 'Content-Type: application/json' -d '{"name":"Studio A","timezone":"Europe/Berlin"}'`,
    `  curl -s ${bookingUrl}/v1/rooms -H "Authorization: Bearer $CALBRIDGE_TOKEN"`,
  ];
}
