import { topics } from '@calbridge/contracts';
import { describeServiceProcess } from '@calbridge/testkit/service-suite';

describeServiceProcess(new URL('..', import.meta.url), { consumes: [topics.availability] });
