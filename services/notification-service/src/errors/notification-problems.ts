import { conflict, invalidFields, type ProblemError } from '@calbridge/http';

// The service's one error vocabulary; @calbridge/http renders each as RFC 9457 problem+json with its `code`.

export const webhookNotConfigured = (): ProblemError =>
  conflict('webhook_not_configured', 'There is no webhook to rotate the secret of; PUT a webhookUrl first.');

export const invalidWebhookUrl = (problem: string): ProblemError =>
  invalidFields([{ field: 'body.webhookUrl', message: `Invalid webhook URL: ${problem}` }]);

export const partnerRequired = (field: string): ProblemError =>
  invalidFields([{ field, message: 'An admin must name the partner whose settings it means' }]);
