import { describeServiceProcess } from '@calbridge/testkit';

describeServiceProcess(new URL('..', import.meta.url));
