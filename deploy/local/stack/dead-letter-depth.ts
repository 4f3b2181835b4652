import { createKafkaBus } from '../../../libs/messaging/src/index.ts';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const answerWithinMs = 10_000;

/**
 * Dead letters waiting in every `<topic>.dlq` of the cluster (a service's internal topics' too), through
 * libs/messaging's admin helpers; an Error when the broker does not answer in time.
 */
export async function deadLetterDepths(brokers: string[]): Promise<Record<string, number> | Error> {
  const bus = createKafkaBus({ brokers, clientId: 'calbridge-status', logger: quiet });
  const depths = async () => {
    const dlqs = (await bus.listTopics()).filter((topic) => topic.endsWith('.dlq')).sort();
    return bus.topicDepths(dlqs);
  };
  const timeout = new Promise<Error>((resolve) =>
    setTimeout(
      () => resolve(new Error(`kafka did not answer within ${answerWithinMs / 1000} s`)),
      answerWithinMs,
    ).unref(),
  );
  return Promise.race([depths().catch((error: Error) => error), timeout]);
}
