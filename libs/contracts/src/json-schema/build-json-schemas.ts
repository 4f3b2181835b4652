import { z } from 'zod';
import { eventRegistry } from '../event-registry.ts';
import { eventTypes } from '../event-schemas.ts';

export type JsonSchemaFiles = Map<string, unknown>;

// Input mode: these schemas describe what a consumer may receive, which is what other languages validate against.
function envelopeJsonSchema(type: (typeof eventTypes)[number]): unknown {
  const { topic, keyPath, schema } = eventRegistry[type];
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    title: type,
    description: `CloudEvents 1.0 envelope of ${type}, published on ${topic} with key ${keyPath}`,
  };
}

// File name → JSON value: one schema per event envelope plus an index of types, topics and keys.
export function buildJsonSchemas(): JsonSchemaFiles {
  const files: JsonSchemaFiles = new Map();
  for (const type of eventTypes) files.set(`${type}.schema.json`, envelopeJsonSchema(type));
  const events = eventTypes.map((type) => ({
    type,
    topic: eventRegistry[type].topic,
    key: eventRegistry[type].keyPath,
    schema: `${type}.schema.json`,
  }));
  files.set('index.json', { specversion: '1.0', datacontenttype: 'application/json', events });
  return files;
}
