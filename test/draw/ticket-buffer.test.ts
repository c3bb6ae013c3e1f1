import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TicketBuffer } from '../../src/draw/_internal/ticket-buffer.js';
import { ticketKey } from '../../src/draw/_internal/ticket-key.js';
import { selectSmallestSlots, sortSlots } from '../../src/draw/_internal/ticket-order.js';

const TWO_256 = 1n << 256n;
/** A multiple of 10^11: values that differ by it share their `ticketKey` (N mod 10^11). */
const TIE_STEP = 10n ** 11n * 7919n;

/** The exact ticket of N, formatted independently of the library (BigInt). */
const ticketOf = (n: bigint): string => `0.${n.toString().padStart(64, '0').split('').reverse().join('')}`;

function wordsOf(n: bigint): Int32Array {
  const words = new Int32Array(8);
  for (let i = 7; i >= 0; i--, n >>= 32n) words[i] = Number(n & 0xffffffffn) | 0;
  return words;
}

/**
 * Digests with many key ties: each base value comes with copies that differ by multiples of
 * 10^11, so they share `ticketKey` (N mod 10^11) and only the exact ticket orders them.
 */
const digestsArbitrary = fc
  .array(fc.tuple(fc.bigInt({ min: 0n, max: TWO_256 - 1n - TIE_STEP * 3n }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 120 })
  .map((bases) => {
    const values = new Set<bigint>();
    for (const [base, copies] of bases) for (let j = 0; j <= copies; j++) values.add(base + BigInt(j) * TIE_STEP);
    return [...values];
  });

function tableOf(values: readonly bigint[]): { keys: Float64Array; digests: Int32Array } {
  const keys = new Float64Array(values.length);
  const digests = new Int32Array(values.length * 8);
  values.forEach((value, slot) => {
    const words = wordsOf(value);
    digests.set(words, slot * 8);
    keys[slot] = ticketKey(words, 0);
  });
  return { keys, digests };
}

const byTicket = (values: readonly bigint[]) => values.map((value, slot) => ({ slot, ticket: ticketOf(value) })).sort((a, b) => (a.ticket < b.ticket ? -1 : 1));

describe('ticket order (sortSlots, selectSmallestSlots)', () => {
  it('sorts slots exactly by ticket, key ties included', () => {
    fc.assert(
      fc.property(digestsArbitrary, (values) => {
        const { keys, digests } = tableOf(values);
        const slots = Int32Array.from(values.keys());
        sortSlots(slots, slots.length, keys, digests);
        expect([...slots]).toEqual(byTicket(values).map((entry) => entry.slot));
      }),
      { numRuns: 150 },
    );
  });

  it('selects the k smallest, the k-th last', () => {
    fc.assert(
      fc.property(digestsArbitrary, fc.nat(), (values, k0) => {
        const k = 1 + (k0 % values.length);
        const { keys, digests } = tableOf(values);
        const slots = Int32Array.from(values.keys());
        selectSmallestSlots(slots, slots.length, k, keys, digests);
        const reference = byTicket(values).map((entry) => entry.slot);
        expect([...slots.subarray(0, k)].sort((a, b) => a - b)).toEqual(reference.slice(0, k).sort((a, b) => a - b));
        expect(slots[k - 1]).toBe(reference[k - 1]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('TicketBuffer', () => {
  it('keeps exactly the capacity smallest tickets, in order, whatever the capacity and the order', () => {
    fc.assert(
      fc.property(digestsArbitrary, fc.integer({ min: 0, max: 40 }), (values, capacity) => {
        const buffer = new TicketBuffer(capacity);
        values.forEach((value, index) => {
          const words = wordsOf(value);
          const key = ticketKey(words, 0);
          if (buffer.accepts(key, words, 0)) buffer.push(key, words, 0, `id${index}`, index * 10, index);
        });
        const { slots, repeated } = buffer.rank();
        const expected = byTicket(values).slice(0, capacity).map((entry) => entry.slot);
        expect(Array.from(slots, (slot) => buffer.idAt(slot))).toEqual(expected.map((slot) => `id${slot}`));
        expect(Array.from(slots, (slot) => buffer.payloadAt(slot))).toEqual(expected.map((slot) => slot * 10));
        expect(Array.from(slots, (slot) => buffer.itemIndexAt(slot))).toEqual(expected);
        expect(repeated).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('rejects everything with capacity 0 (bound −1)', () => {
    const buffer = new TicketBuffer(0);
    expect(buffer.bound).toBe(-1);
    expect(buffer.accepts(0, new Int32Array(8), 0)).toBe(false);
    expect(buffer.rank().slots.length).toBe(0);
  });

  it('lowers its first-digit bound to the threshold once it holds capacity + 1 entries (one sentinel)', () => {
    const buffer = new TicketBuffer(1);
    expect(buffer.bound).toBe(9);
    const words = new Int32Array(8);
    buffer.push(31_000_000_000, words, 0, 'a', undefined, 0);
    expect(buffer.bound).toBe(9);
    words[7] = 1;
    buffer.push(52_000_000_000, words, 0, 'b', undefined, 1);
    expect(buffer.bound).toBe(5);
    expect(buffer.accepts(60_000_000_000, words, 0)).toBe(false);
    expect(buffer.accepts(40_000_000_000, words, 0)).toBe(true);
  });

  it('reports an id repeated among the drawn ones, whatever the order, and only those', () => {
    const values = Array.from({ length: 300 }, (_, i) => (BigInt(i + 1) * 0x9e3779b97f4a7c15f39cc0605cedc834n) % TWO_256);
    const order = byTicket(values).map((entry) => entry.slot);
    const idOf = (slot: number) => `v${slot}`;
    // with capacity 5: ranks 1 and 5 are drawn, rank 6 is not
    for (const [rank, reported] of [
      [1, true],
      [5, true],
      [6, false],
    ] as const) {
      const repeated = order[rank - 1]!;
      for (const at of [0, 150, 300]) {
        const input = [...values.keys()];
        input.splice(at, 0, repeated);
        const buffer = new TicketBuffer(5);
        input.forEach((slot, index) => {
          const words = wordsOf(values[slot]!);
          const key = ticketKey(words, 0);
          if (buffer.accepts(key, words, 0)) buffer.push(key, words, 0, idOf(slot), undefined, index);
        });
        const ranked = buffer.rank();
        if (!reported) {
          expect(ranked.repeated).toBeNull();
          expect(Array.from(ranked.slots, (slot) => buffer.idAt(slot))).toEqual(order.slice(0, 5).map(idOf));
        } else {
          expect(ranked.repeated!.map((slot) => buffer.idAt(slot))).toEqual([idOf(repeated), idOf(repeated)]);
          expect(ranked.repeated!.map((slot) => buffer.itemIndexAt(slot)).sort((x, y) => x - y)).toEqual(
            [input.indexOf(repeated), input.lastIndexOf(repeated)],
          );
        }
      }
    }
  });
});
