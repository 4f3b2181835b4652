import { relative } from 'node:path';
import { alignColumns } from './align-columns.ts';
import { demoPartnerId } from './demo-token.ts';
import type { StackManifest } from './stack-manifest.ts';
import type { PartDescription } from './stack-part.ts';
import type { StackPaths } from './stack-paths.ts';

const isService = (part: PartDescription) => 'http' in part.probe && part.probe.http.endsWith('/health/ready');

/** What `make up` prints once the stack is ready: where everything is, where to read it, and what to do next. */
export function stackSummary(manifest: StackManifest, paths: StackPaths, token: string): string {
  const at = (file: string): string => relative(paths.repo, file);
  const named = (name: string) => manifest.parts.find((part) => part.name === name);
  const services = manifest.parts.filter(isService);
  const booking = named('booking-service');
  const emulator = named('google-emulator');
  const inbox = named('smtp-sink');
  return [
    `calbridge is up (supervisor pid ${manifest.pid}, since ${manifest.startedAt})`,
    ...alignColumns(
      manifest.parts.map((part) => [part.name, part.address, `log: ${at(part.log)}`]),
      '  ',
    ),
    '',
    'where to look:',
    ...alignColumns(
      [
        ...services.map((part) => [part.name, `${part.address}/docs`, `${part.address}/openapi.json`]),
        ...(inbox ? [['mail inbox', inbox.address, 'MailDev: every e-mail the stack sent']] : []),
        ...(emulator ? [['Google emulator', emulator.address, `control API ${emulator.address}/_emulator`]] : []),
      ],
      '  ',
    ),
    '',
    `demo partner ${demoPartnerId}, token valid 30 days:`,
    `  export CALBRIDGE_TOKEN=${token}`,
    ...(booking ? ['', 'try:', ...curlExample(booking.address)] : []),
    '',
    ...alignColumns([
      ['make demo', 'a scripted tour as the demo partner'],
      ['make logs', 'every part’s log as one stream (LOGS=booking-service,kafka picks parts)'],
      ['make status', 'state, readiness, consumer lag and dead letters of each part'],
      ['make down', 'stops it'],
    ]),
  ].join('\n');
}

function curlExample(bookingUrl: string): string[] {
  return [
    `  curl -s -X POST ${bookingUrl}/v1/rooms -H "Authorization: Bearer $CALBRIDGE_TOKEN" \\`,
    `    -H 'Content-Type: application/json' -d '{"name":"Studio A","timezone":"Europe/Berlin"}'`,
    `  curl -s ${bookingUrl}/v1/rooms -H "Authorization: Bearer $CALBRIDGE_TOKEN"`,
  ];
}
