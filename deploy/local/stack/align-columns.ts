/** Rows of cells as lines with each column padded to its widest cell (the last column is left as it is). */
export function alignColumns(rows: string[][], indent = ''): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, index) => Math.max(...rows.map((row) => row[index]?.length ?? 0)));
  return rows.map((row) => {
    const cells = row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)));
    return `${indent}${cells.join('  ')}`.trimEnd();
  });
}
