// Calendar v3 colors.get, identical in recorded responses for years (reference §1.5). The API carries no names.
const CALENDAR_BACKGROUNDS = [
  '#ac725e',
  '#d06b64',
  '#f83a22',
  '#fa573c',
  '#ff7537',
  '#ffad46',
  '#42d692',
  '#16a765',
  '#7bd148',
  '#b3dc6c',
  '#fbe983',
  '#fad165',
  '#92e1c0',
  '#9fe1e7',
  '#9fc6e7',
  '#4986e7',
  '#9a9cff',
  '#b99aff',
  '#c2c2c2',
  '#cabdbf',
  '#cca6ac',
  '#f691b2',
  '#cd74e6',
  '#a47ae2',
];

const EVENT_BACKGROUNDS = [
  '#a4bdfc',
  '#7ae7bf',
  '#dbadff',
  '#ff887c',
  '#fbd75b',
  '#ffb878',
  '#46d6db',
  '#e1e1e1',
  '#5484ed',
  '#51b749',
  '#dc2127',
];

const palette = (backgrounds: string[]) =>
  Object.fromEntries(
    backgrounds.map((background, index) => [String(index + 1), { background, foreground: '#1d1d1d' }]),
  );

export function renderColors(): Record<string, unknown> {
  return {
    kind: 'calendar#colors',
    updated: '2012-02-14T00:00:00.000Z',
    calendar: palette(CALENDAR_BACKGROUNDS),
    event: palette(EVENT_BACKGROUNDS),
  };
}

export const calendarColorOf = (colorId: string) => ({
  backgroundColor: CALENDAR_BACKGROUNDS[Number(colorId) - 1] ?? '#9fe1e7',
  foregroundColor: '#000000',
});
