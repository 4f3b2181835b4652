import { followFiles } from './follow-files.ts';
import { colourWanted, painter } from './log-colour.ts';
import { logFormat } from './log-line-format.ts';
import { logSources } from './log-sources.ts';
import { stackPaths } from './stack-paths.ts';
import { resolveStackSettings, stackDirOf } from './stack-settings.ts';

/**
 * `make logs`: every part's log as one stream, each line after its part's name, the services' JSON made readable;
 * the last lines of each file first, then new ones as they come, until Ctrl-C. `LOGS=booking-service,kafka` picks
 * parts.
 */
const lastLines = 10;
const only = process.env.LOGS?.split(',').filter(Boolean);
let sources: ReturnType<typeof logSources>;
try {
  sources = logSources(stackPaths(stackDirOf(process.env)), resolveStackSettings(process.env), only);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const colour = colourWanted(process.env, process.stdout);
const paint = painter(colour);
const format = logFormat(
  sources.map(({ name }) => name),
  paint,
  colour,
);
const nameOf = new Map(sources.map(({ name, file }) => [file, name]));
const follow = followFiles(
  sources.map(({ file }) => file),
  {
    lastLines,
    onLine: ({ file, line }) => console.log(format.format(nameOf.get(file) ?? file, line).join('\n')),
    onNotice: (notice) => console.log(paint('dim', notice)),
  },
);
const end = (): never => {
  follow.stop();
  process.exit(0);
};
process.on('SIGINT', end);
// The reader went away (`make logs | head`): nothing left to show.
process.stdout.on('error', end);
process.exit(await follow.exited);
