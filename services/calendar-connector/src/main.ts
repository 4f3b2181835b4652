import { failFast } from '@calbridge/config';
import { runService } from '@calbridge/runtime';
import { readConfig } from './config.ts';
import { service } from './service.ts';

await runService(
  service,
  failFast(() => readConfig(process.env)),
);
