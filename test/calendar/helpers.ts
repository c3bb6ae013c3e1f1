import { expect } from 'vitest';

/** Runs `fn`, expects a ShuangsuijiError with `code` (and `path` when given), returns it. */
export function expectError(fn: () => unknown, code: string, path?: readonly PropertyKey[]): { code: string; path: PropertyKey[]; details: unknown; message: string } {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeDefined();
  expect(caught).toMatchObject({ name: 'ShuangsuijiError', code });
  if (path !== undefined) expect((caught as { path: unknown }).path).toEqual(path);
  return caught as { code: string; path: PropertyKey[]; details: unknown; message: string };
}

/** Weekday of a civil date from UTC arithmetic, 0 = Sunday (independent of the code under test). */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The civil date `days` after `date`, by UTC arithmetic. */
export function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every civil date from `first` to `last`, inclusive. */
export function daysFrom(first: string, last: string): string[] {
  const result: string[] = [];
  for (let date = first; date <= last; date = shift(date, 1)) result.push(date);
  return result;
}
