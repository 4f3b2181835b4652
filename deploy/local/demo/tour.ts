import { demoPartnerToken } from '../stack/demo-token.ts';
import { readManifest } from '../stack/stack-manifest.ts';
import { stackPaths } from '../stack/stack-paths.ts';
import { resolveStackSettings, stackDirOf } from '../stack/stack-settings.ts';
import { demoApi, until } from './demo-api.ts';

/** `make demo`: a scripted tour of a running stack (`make up` first), as the partner the demo token acts for. */
const manifest = readManifest(stackPaths(stackDirOf(process.env)).manifestFile);
if (!manifest) {
  console.error('calbridge is not running: `make up` first');
  process.exit(1);
}
const settings = resolveStackSettings(process.env);
const token = demoPartnerToken(settings.jwtSecret);
const urlOf = (name: string) => manifest.parts.find((part) => part.name === name)?.address ?? '';
const booking = demoApi(urlOf('booking-service'), token);
const availability = demoApi(urlOf('availability-service'), token);
const step = (title: string) => console.log(`\n${title}`);

step('1. A partner creates a room (booking-service publishes RoomUpserted)');
const room = (
  await booking({ method: 'POST', path: '/v1/rooms', body: { name: 'The Vault', timezone: 'Europe/Warsaw' } })
).body;

step(
  '2. Opening hours: 60-minute slots every 90 minutes from 10:00 (availability-service learned the room from Kafka)',
);
const weekly = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ from: '10:00', to: '22:00' }]]),
);
const schedule = { weekly, slotMinutes: 60, everyMinutes: 90 };
await until(
  () => availability({ method: 'PUT', path: `/v1/rooms/${room.id}/schedule`, body: schedule }),
  (response) => response.status === 200,
);

const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
step(`3. A customer books ${day} 11:30–12:30 Warsaw time`);
const slot = { roomId: room.id, start: `${day}T11:30:00+01:00`, end: `${day}T12:30:00+01:00` };
const created = (await booking({ method: 'POST', path: '/v1/bookings', body: { ...slot, name: 'Ada Lovelace' } })).body;

step('4. A second customer tries the same slot: refused by the database itself');
const refused = await booking({ method: 'POST', path: '/v1/bookings', body: { ...slot, name: 'Charles Babbage' } });
console.log(`  code: ${refused.body?.code}`);

step('5. Availability shows the slot as booked (from BookingCreated)');
const nextDay = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
const window = `from=${day}&to=${nextDay}`;
const seen = await until(
  () => availability({ method: 'GET', path: `/v1/rooms/${room.id}/availability?${window}` }),
  (response) => response.body?.slots?.some((one: { bookingId?: string }) => one.bookingId === created.id),
);
for (const one of seen.body.slots)
  console.log(`  ${one.start} ${one.status}${one.bookingId ? ` (${one.bookingId})` : ''}`);

step('6. The booking is cancelled; the slot is free again (BookingCancelled)');
await booking({ method: 'POST', path: `/v1/bookings/${created.id}/cancel` });
await until(
  () => availability({ method: 'GET', path: `/v1/rooms/${room.id}/availability?${window}` }),
  (response) => response.body?.slots?.every((one: { status: string }) => one.status === 'free'),
);

console.log(`\nDone. Google Calendar emulator: ${urlOf('google-emulator')} (control API under /_emulator).`);
