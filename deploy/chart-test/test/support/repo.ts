import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The four deployables, as the chart names them. */
export const services = ['booking-service', 'calendar-connector', 'availability-service', 'notification-service'];
