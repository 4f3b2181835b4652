import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from '@jest/globals';
import { eventTypes } from '../src/index.ts';
import { buildJsonSchemas } from '../src/json-schema/build-json-schemas.ts';
import { formatJson } from '../src/json-schema/format-json.ts';
import { envelopeFields } from './required-fields.ts';

const checkedIn = new URL('../json-schema/', import.meta.url);

async function readCheckedIn(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name, checkedIn), 'utf8'));
}

describe('checked-in JSON Schemas', () => {
  test('when the zod schemas are exported again, then the same files exist (run `pnpm schemas` if not)', async () => {
    const names = (await readdir(checkedIn)).sort();

    expect(names).toEqual([...buildJsonSchemas().keys()].sort());
  });

  test.each([...buildJsonSchemas()])(
    'when %s is regenerated, then it equals the checked-in file (run `pnpm schemas` if not)',
    async (name, schema) => {
      expect(await readCheckedIn(name)).toEqual(JSON.parse(formatJson(schema)));
    },
  );

  test('when a consumer in another language reads the index, then every event type is listed with its schema file', async () => {
    const index = (await readCheckedIn('index.json')) as { events: { type: string; schema: string }[] };

    expect(index.events.map((entry) => [entry.type, entry.schema])).toEqual(
      eventTypes.map((type) => [type, `${type}.schema.json`]),
    );
  });

  test('when a consumer reads an envelope schema, then it is draft 2020-12 and requires every CloudEvents attribute', async () => {
    const schema = (await readCheckedIn('BookingCreated.schema.json')) as { $schema: string; required: string[] };

    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(envelopeFields));
  });
});
