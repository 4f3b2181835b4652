import { describeServiceProcess } from '@calbridge/testkit/service-suite';

describeServiceProcess(new URL('..', import.meta.url));
