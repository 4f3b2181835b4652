import { prettyFactory } from 'pino-pretty';
import type { Paint } from './log-colour.ts';

/** One colour per part, handed out in the order the parts are listed; the supervisor stays grey. */
const partColours = ['cyan', 'magenta', 'blue', 'yellow', 'green', 'red', 'cyanBright', 'magentaBright'] as const;

export interface LogFormat {
  /** The lines to print for one line of `part`'s log file (a pino error with its stack is several). */
  format(part: string, line: string): string[];
}

/**
 * The services' pino JSON rendered by pino-pretty (time, level in colour, msg, then the other fields such as err,
 * eventType, traceId); anything else (Postgres, Kafka, MailDev, the supervisor) as it is. Every line starts with its
 * part's name in the part's colour, padded so the text lines up.
 */
export function logFormat(parts: string[], paint: Paint, colour: boolean): LogFormat {
  const width = Math.max(...parts.map((part) => part.length));
  const styleOf = (part: string) =>
    part === 'supervisor' ? 'gray' : (partColours[parts.indexOf(part) % partColours.length] ?? 'white');
  const pretty = prettyFactory({
    colorize: colour,
    translateTime: 'SYS:HH:MM:ss.l',
    // The prefix names the part; pid, host and the caller's address say nothing on a loopback stack.
    ignore: 'pid,hostname,service,req.host,req.remoteAddress,req.remotePort',
    singleLine: true,
  });
  return {
    format(part, line) {
      const prefix = `${paint(styleOf(part), part.padEnd(width))} │ `;
      // pino-pretty hands back a line it cannot parse as JSON unchanged.
      const text = line.startsWith('{') ? pretty(line) : line;
      return text
        .trimEnd()
        .split('\n')
        .map((row) => prefix + row.trimEnd());
    },
  };
}
