import { describe, expect, test } from '@jest/globals';
import { formatJson } from '../src/json-schema/format-json.ts';

describe('formatJson', () => {
  test('when a value is printed, then it reads back as the same value', () => {
    const value = { a: [1, 'two', null, true], b: { c: {}, d: [], e: [{ f: 'g' }] }, h: 'quote " and \\ slash' };

    expect(JSON.parse(formatJson(value))).toEqual(value);
  });

  test('when an array of plain values fits on a line, then it stays on one line and objects break per property', () => {
    expect(formatJson({ required: ['a', 'b'], items: { type: 'string' } })).toBe(
      '{\n  "required": ["a", "b"],\n  "items": {\n    "type": "string"\n  }\n}\n',
    );
  });

  test('when an array does not fit in 120 columns, then each item gets its own line', () => {
    const long = Array.from({ length: 12 }, (_, index) => `value-number-${index}`);

    expect(formatJson({ enum: long }).trimEnd().split('\n')).toHaveLength(long.length + 4);
  });
});
