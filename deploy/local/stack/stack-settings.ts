/** Every port the local stack uses, by the environment variable that overrides it (spec §6). */
export const portDefaults = {
  POSTGRES_PORT: 15432,
  KAFKA_PORT: 19092,
  KAFKA_CONTROLLER_PORT: 19093,
  BOOKING_PORT: 8081,
  CONNECTOR_PORT: 8082,
  AVAILABILITY_PORT: 8083,
  NOTIFICATION_PORT: 8084,
  EMULATOR_PORT: 8085,
  SMTP_PORT: 2525,
  // The SMTP sink's web inbox, where a person reads what the notification-service sent.
  SMTP_WEB_PORT: 8025,
} as const;

export type PortVariable = keyof typeof portDefaults;

export interface ServiceDefaults {
  portVariable: PortVariable;
  database: string;
}

/** The services `make up` knows how to run: the port variable and the database of each. */
export const serviceDefaults: Record<string, ServiceDefaults> = {
  'booking-service': { portVariable: 'BOOKING_PORT', database: 'booking' },
  'calendar-connector': { portVariable: 'CONNECTOR_PORT', database: 'connector' },
  'availability-service': { portVariable: 'AVAILABILITY_PORT', database: 'availability' },
  'notification-service': { portVariable: 'NOTIFICATION_PORT', database: 'notification' },
};

/** Signs the demo tokens of a stack that only ever listens on loopback; a real deployment sets its own. */
export const localOnlyJwtSecret = 'calbridge-local-stack-only-dev-secret-not-for-production';

export interface StackSettings {
  ports: Record<PortVariable, number>;
  jwtSecret: string;
  logLevel: string;
  /** Services put it before every topic name (KAFKA_TOPIC_PREFIX), so the stack creates the topics with it too. */
  topicPrefix: string;
  /** STACK_SERVICES: the services to run, by folder name; all of them unless set (`none` runs only the rest). */
  services?: string[];
}

/** STACK_DIR: where a stack keeps its state (by default the checkout's .data/stack); one stack per folder. */
export const stackDirOf = (env: NodeJS.ProcessEnv): string | undefined => env.STACK_DIR || undefined;

/**
 * Local defaults, each overridden by the caller's environment so another program can start the stack with settings it
 * knows (an empty variable counts as unset).
 */
export function resolveStackSettings(env: NodeJS.ProcessEnv): StackSettings {
  const problems: string[] = [];
  const ports = Object.fromEntries(
    Object.entries(portDefaults).map(([name, fallback]) => {
      const port = Number(env[name] || fallback);
      if (!Number.isInteger(port) || port < 1 || port > 65_535) problems.push(`${name}=${env[name]} is not a port`);
      return [name, port];
    }),
  ) as Record<PortVariable, number>;
  const jwtSecret = env.AUTH_JWT_SECRET || localOnlyJwtSecret;
  // The services refuse a shorter HS256 key; saying so here beats four crash loops.
  if (jwtSecret.length < 32) problems.push('AUTH_JWT_SECRET must have at least 32 characters');
  if (problems.length > 0) throw new Error(`invalid stack settings: ${problems.join('; ')}`);
  return {
    ports,
    jwtSecret,
    logLevel: env.LOG_LEVEL || 'info',
    topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
    ...(env.STACK_SERVICES
      ? { services: env.STACK_SERVICES.split(',').filter((name) => name && name !== 'none') }
      : {}),
  };
}
