import { demoPartnerToken } from '../stack/demo-token.ts';
import { readManifest } from '../stack/stack-manifest.ts';
import { stackPaths } from '../stack/stack-paths.ts';
import { resolveStackSettings, stackDirOf } from '../stack/stack-settings.ts';
import { demoWorld } from './demo-world.ts';
import { consoleNarration } from './narration.ts';
import { bookingbilityStory } from './stories/bookingbility.story.ts';
import { conflictStory } from './stories/conflict.story.ts';
import { lockMeStory } from './stories/lock-me.story.ts';
import { lostAccessStory } from './stories/lost-access.story.ts';

/**
 * `make demo`: the seeds' two stories, a conflict and a lost Google access, told against the running stack (`make up`
 * first) as the demo partner. Every step checks what it claims; the first claim that does not come true ends the
 * demo with exit code 1 and what it saw instead.
 */
const manifest = readManifest(stackPaths(stackDirOf(process.env)).manifestFile);
if (!manifest) {
  console.error('calbridge is not running: `make up` first');
  process.exit(1);
}
const token = demoPartnerToken(resolveStackSettings(process.env).jwtSecret);
const world = demoWorld(manifest, token, consoleNarration(), console.log);
const startedAt = Date.now();
try {
  const lockMe = await lockMeStory(world);
  await bookingbilityStory(world);
  await conflictStory(world, lockMe);
  await lostAccessStory(world, lockMe);
  console.log(`\nEvery step passed in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  console.log(`Mail inbox: ${world.inbox.url}   Google emulator: ${world.emulatorUrl}/_emulator/calendars/<id>`);
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exit(1);
}
