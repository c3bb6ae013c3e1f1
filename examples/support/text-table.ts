/**
 * Plain-text tables and progress bars for the examples' console output. Chinese characters take
 * two columns in a terminal, so widths are measured in display columns, not in string length.
 */

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Terminal columns a string takes (CJK characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Formats rows as an aligned table with a header rule. Columns whose cells are all numbers (after
 * the header) are right-aligned.
 */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number' || /^[\d.,%+−-]+$/.test(String(row[c]))));
  const widths = header.map((title, c) => Math.max(displayWidth(title), ...cells.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => pad(cell, widths[c] ?? 0, numeric[c] ? 'right' : 'left')).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** A progress bar `[██████░░░░]` filled to `share` (0–1) of `width` cells. */
export function bar(share: number, width = 20): string {
  const filled = Math.floor(Math.max(0, Math.min(1, share)) * width); // 99.6 % is not a full bar
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

/** A share as a percentage with `digits` decimals, e.g. `5.2%`. */
export function percent(value: number | null, digits = 1): string {
  if (value === null) return '—';
  const text = (value * 100).toFixed(digits);
  return `${digits > 0 ? text.replace(/\.?0+$/, '') : text}%`;
}

/** A section heading for the console. */
export function heading(text: string): string {
  return `\n${text}\n${'═'.repeat(Math.min(100, displayWidth(text)))}`;
}
