import { alignColumns } from './align-columns.ts';
import type { GroupLag } from './consumer-lag.ts';
import type { PartHealth } from './part-health.ts';
import type { StackManifest } from './stack-manifest.ts';

export interface StackStatus {
  manifest: StackManifest;
  health: Record<string, PartHealth>;
  /** Per service; undefined when its /metrics did not answer. */
  lag: Record<string, GroupLag[] | undefined>;
  deadLetters: Record<string, number> | Error;
}

/** `make status` as text: the parts, then the consumer groups' lag, then the dead-letter topics. */
export function statusReport({ manifest, health, lag, deadLetters }: StackStatus): string {
  const parts = manifest.parts.map((part) => {
    const { ready, why } = health[part.name] ?? { ready: false, why: 'not probed' };
    return [
      part.name,
      part.state,
      String(part.pid ?? '-'),
      String(part.restarts),
      ready ? 'ready' : `NOT READY: ${why}`,
    ];
  });
  const groups = Object.entries(lag).flatMap(([service, groupLags]) =>
    groupLags === undefined
      ? [[service, '-', '/metrics did not answer']]
      : groupLags.map(({ group, total, byTopic }) => [service, group, lagText(total, byTopic)]),
  );
  const letters =
    deadLetters instanceof Error
      ? [`  ${deadLetters.message}`]
      : alignColumns(
          Object.entries(deadLetters).map(([topic, depth]) => [topic, depth === 0 ? '0' : `${depth} waiting`]),
          '  ',
        );
  return [
    `calbridge: supervisor ${manifest.pid}, up since ${manifest.startedAt}`,
    '',
    ...alignColumns([['part', 'state', 'pid', 'restarts', 'ready'], ...parts], '  '),
    '',
    ...(groups.length === 0
      ? ['  no consumer groups']
      : alignColumns([['consumer lag', 'group', 'messages'], ...groups], '  ')),
    '',
    'dead letters (`make replay-dlq TOPIC=<topic>` puts them back):',
    ...(Object.keys(deadLetters).length === 0 && !(deadLetters instanceof Error) ? ['  no .dlq topics'] : letters),
  ].join('\n');
}

function lagText(total: number, byTopic: Record<string, number>): string {
  const behind = Object.entries(byTopic).filter(([, lag]) => lag > 0);
  return behind.length === 0 ? String(total) : `${total} (${behind.map(([t, lag]) => `${t}: ${lag}`).join(', ')})`;
}
