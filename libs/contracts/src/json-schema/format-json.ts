const lineWidth = 120;
const indentUnit = '  ';

// Prints JSON the way the repository's formatter (Biome) does, so regenerated files pass `biome check` untouched:
// objects one property per line, arrays of plain values on one line when they fit.
export function formatJson(value: unknown): string {
  return `${render(value, '', 0)}\n`;
}

function render(value: unknown, indent: string, lineSoFar: number): string {
  if (Array.isArray(value)) return renderArray(value, indent, lineSoFar);
  if (typeof value === 'object' && value !== null) return renderObject(value, indent);
  return JSON.stringify(value);
}

function renderObject(value: object, indent: string): string {
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const inner = indent + indentUnit;
  const lines = entries.map(([key, item], index) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    const comma = index < entries.length - 1 ? ',' : '';
    return `${prefix}${render(item, inner, prefix.length + comma.length)}${comma}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function renderArray(items: unknown[], indent: string, lineSoFar: number): string {
  if (items.length === 0) return '[]';
  const plain = items.every((item) => typeof item !== 'object' || item === null);
  const oneLine = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  if (plain && lineSoFar + oneLine.length <= lineWidth) return oneLine;
  const inner = indent + indentUnit;
  const lines = items.map((item, index) => {
    const comma = index < items.length - 1 ? ',' : '';
    return `${inner}${render(item, inner, inner.length + comma.length)}${comma}`;
  });
  return `[\n${lines.join('\n')}\n${indent}]`;
}
