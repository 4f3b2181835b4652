import { describe, expect, test } from '@jest/globals';
import { parseEvent } from '../src/index.ts';
import { exampleData, exampleEnvelope } from './event-examples.ts';
import { failingFields, reasonOf } from './parse-helpers.ts';

function eventChangedWith(event: Record<string, unknown>) {
  return parseEvent(exampleEnvelope('EventChanged', { ...exampleData.EventChanged, event }));
}

const timedEvent = exampleData.EventChanged.event;

const allDayEvent = {
  id: 'evt2',
  status: 'tentative',
  allDay: true,
  startDate: '2026-12-24',
  endDate: '2026-12-25',
  transparency: 'transparent',
};

describe('EventChanged', () => {
  test('when a cancelled event carries only id and status, then it is accepted', () => {
    expect(eventChangedWith({ id: 'evt1', status: 'cancelled' }).ok).toBe(true);
  });

  test('when a cancelled recurring instance carries Google fields beyond the contract, then it is accepted', () => {
    const instance = {
      id: 'evt1_20261206T090000Z',
      status: 'cancelled',
      recurringEventId: 'evt1',
      originalStartTime: { dateTime: '2026-12-06T10:00:00+01:00' },
    };

    expect(eventChangedWith(instance)).toMatchObject({ ok: true, event: { data: { event: instance } } });
  });

  test('when an all-day event carries its dates, then it is accepted', () => {
    expect(eventChangedWith(allDayEvent).ok).toBe(true);
  });

  test('when a timed event has no end, then it is refused on end', () => {
    const { end: _end, ...withoutEnd } = timedEvent;

    expect(eventChangedWith(withoutEnd)).toEqual({
      ok: false,
      reason: 'data.event.end: Invalid input: expected string, received undefined',
    });
  });

  test('when an all-day event has no dates, then both are named', () => {
    const result = eventChangedWith({ id: 'evt2', status: 'confirmed', allDay: true, transparency: 'opaque' });

    expect(failingFields(result)).toEqual(['data.event.startDate', 'data.event.endDate']);
  });

  test('when a live event does not say whether it is all-day, then it is refused on allDay', () => {
    const { allDay: _allDay, ...withoutAllDay } = timedEvent;

    expect(reasonOf(eventChangedWith(withoutAllDay))).toMatch(/^data\.event\.allDay: /);
  });

  test('when a timed event ends before it starts, then it is refused on end', () => {
    expect(eventChangedWith({ ...timedEvent, end: '2026-12-06T08:59:59Z' })).toEqual({
      ok: false,
      reason: 'data.event.end: Invalid end: must not be before start',
    });
  });

  test('when a timed event lasts zero minutes, then it is accepted so its old block can still be released', () => {
    expect(eventChangedWith({ ...timedEvent, end: timedEvent.start }).ok).toBe(true);
  });

  test('when an all-day event ends on the day it starts, then it is refused because the end date is exclusive', () => {
    expect(eventChangedWith({ ...allDayEvent, endDate: allDayEvent.startDate })).toEqual({
      ok: false,
      reason: 'data.event.endDate: Invalid endDate: must be after startDate (it is exclusive)',
    });
  });

  test('when a timed event carries a local time without offset, then it is refused on start', () => {
    const result = eventChangedWith({ ...timedEvent, start: '2026-12-06T10:00:00' });

    expect(reasonOf(result)).toMatch(/^data\.event\.start: /);
  });
});
