import { it, expect } from 'vitest';
import * as lib from '../../src/index.js';
const garbage: unknown[][] = [[], [null], [undefined], [42], ['x'], [{}], [[]], [null, null], [{}, {}], ['2023-01-01', 'x'], [Symbol('s')], [{ a: 1 }, 5, 'x']];
it('no public function crashes with a non-library error on garbage', async () => {
  const bad: string[] = [];
  for (const [name, value] of Object.entries(lib)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
    for (const args of garbage) {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args);
        if (out && typeof (out as Promise<unknown>).then === 'function') await (out as Promise<unknown>);
        if (out && typeof (out as Iterator<unknown>).next === 'function' && typeof (out as Iterable<unknown>)[Symbol.iterator] === 'function') { for (const _ of out as Iterable<unknown>) break; }
      } catch (error) {
        if (!(error instanceof lib.ShuangsuijiError)) bad.push(`${name}(${args.map((a) => String(typeof a === 'symbol' ? 'symbol' : JSON.stringify(a))).join(', ')}): ${(error as Error).constructor.name}: ${(error as Error).message.slice(0, 80)}`);
      }
    }
  }
  console.log(bad.join('\n'));
  expect(bad).toEqual([]);
});
