/** The `source` of every event this service publishes, and its name in logs and metrics. */
export const serviceName = 'calendar-connector';
