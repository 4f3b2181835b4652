// Compared as instants, not strings: two RFC 3339 values with different offsets do not sort lexically.
export function isAfter(start: string, end: string): boolean {
  return Date.parse(end) > Date.parse(start);
}

export function isNotBefore(start: string, end: string): boolean {
  return Date.parse(end) >= Date.parse(start);
}
