import { compareTicketDigests } from './ticket-digits.js';

/** One retained entry of a {@link TicketHeap}, in ticket order. */
export interface HeapEntry {
  readonly id: string;
  readonly key: number;
  /** The entry's slot; its digest is `digests[slot * 8 … slot * 8 + 7]`. */
  readonly slot: number;
  readonly payload: unknown;
}

/**
 * Bottom-k of tickets: keeps the `capacity` smallest tickets seen, as a max-heap (最小票号堆，内部).
 *
 * Entries live in slots of parallel typed arrays (key, digest words) that grow by doubling up to
 * the capacity; the heap orders slot numbers by (key, exact ticket), largest on top. A candidate
 * whose key exceeds the top's key is rejected with one comparison; only equal keys fall back to
 * the exact ticket comparison. {@link TicketHeap.bound} (the top's first digit once full) lets a
 * caller reject most candidates on `ticketFirstDigit` alone, before computing their key. Ids and
 * payloads are kept only for retained entries: memory is O(capacity), whatever the number of
 * candidates.
 *
 * @example
 * ```ts
 * const heap = new TicketHeap(1);
 * const digest = new Int32Array(8);
 * heap.push(5, digest, 0, 'a', undefined); //=> undefined (nothing evicted)
 * heap.accepts(7, digest, 0); //=> false (full, and 7 > 5)
 * heap.push(3, digest, 0, 'b', undefined); //=> 'a'
 * ```
 */
export class TicketHeap {
  readonly capacity: number;
  size = 0;
  /**
   * The largest first ticket digit a candidate may have to be retained: 9 until the heap is full,
   * then the first digit of the top's ticket (−1 for capacity 0). A candidate whose first digit is
   * above it is rejected without its key.
   */
  bound: number;
  keys: Float64Array;
  digests: Int32Array;
  private ids: string[] = [];
  private payloads: unknown[] = [];
  private order: Int32Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    const initial = Math.max(1, Math.min(capacity, 64));
    this.keys = new Float64Array(initial);
    this.digests = new Int32Array(initial * 8);
    this.order = new Int32Array(initial);
    this.bound = capacity === 0 ? -1 : 9;
  }

  /** The slot written by the last {@link TicketHeap.push}. */
  lastSlot = -1;

  /** The slot of the largest retained ticket (the top), or −1 when empty. */
  get topSlot(): number {
    return this.size === 0 ? -1 : this.order[0]!;
  }

  /**
   * The id retained in a slot.
   *
   * @param slot - a slot below `size`
   */
  idAt(slot: number): string {
    return this.ids[slot]!;
  }

  /** The id of the largest retained ticket (the top), if any. */
  get topId(): string | undefined {
    return this.size === 0 ? undefined : this.ids[this.order[0]!];
  }

  /**
   * Tells whether a candidate would be retained (its ticket is at most the top's when full).
   *
   * @param key - the candidate's {@link ticketKey}
   * @param digest - its digest words
   * @param offset - index of its first word
   */
  accepts(key: number, digest: ArrayLike<number>, offset: number): boolean {
    if (this.size < this.capacity) return true;
    if (this.capacity === 0) return false;
    const top = this.order[0]!;
    const topKey = this.keys[top]!;
    if (key !== topKey) return key < topKey;
    return compareTicketDigests(digest, offset, this.digests, top * 8) <= 0;
  }

  /**
   * Inserts a candidate that {@link TicketHeap.accepts}; evicts the top when full.
   *
   * @returns the evicted id, or `undefined`
   */
  push(key: number, digest: ArrayLike<number>, offset: number, id: string, payload: unknown): string | undefined {
    if (this.size < this.capacity) {
      const slot = this.size;
      if (slot === this.keys.length) this.grow();
      this.write(slot, key, digest, offset, id, payload);
      this.order[slot] = slot;
      this.lastSlot = slot;
      this.size++;
      this.siftUp(slot);
      if (this.size === this.capacity) this.bound = Math.floor(this.keys[this.order[0]!]! / 1e10);
      return undefined;
    }
    const slot = this.order[0]!;
    const evicted = this.ids[slot];
    this.write(slot, key, digest, offset, id, payload);
    this.lastSlot = slot;
    this.siftDown(0);
    this.bound = Math.floor(this.keys[this.order[0]!]! / 1e10);
    return evicted;
  }

  /**
   * The retained entries in increasing ticket order.
   *
   * @returns a new array
   */
  sorted(): HeapEntry[] {
    const slots: number[] = [];
    for (let i = 0; i < this.size; i++) slots.push(i);
    slots.sort((a, b) => this.compare(a, b));
    return slots.map((slot) => ({ id: this.ids[slot]!, key: this.keys[slot]!, slot, payload: this.payloads[slot] }));
  }

  private write(slot: number, key: number, digest: ArrayLike<number>, offset: number, id: string, payload: unknown): void {
    this.keys[slot] = key;
    const base = slot * 8;
    for (let i = 0; i < 8; i++) this.digests[base + i] = digest[offset + i]!;
    this.ids[slot] = id;
    this.payloads[slot] = payload;
  }

  private grow(): void {
    const length = Math.min(this.capacity, this.keys.length * 2);
    const keys = new Float64Array(length);
    keys.set(this.keys);
    const digests = new Int32Array(length * 8);
    digests.set(this.digests);
    const order = new Int32Array(length);
    order.set(this.order);
    this.keys = keys;
    this.digests = digests;
    this.order = order;
  }

  /** Compares the tickets of two slots. */
  private compare(a: number, b: number): number {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return compareTicketDigests(this.digests, a * 8, this.digests, b * 8);
  }

  private siftUp(position: number): void {
    const order = this.order;
    const keys = this.keys;
    const slot = order[position]!;
    const key = keys[slot]!;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const parentSlot = order[parent]!;
      const parentKey = keys[parentSlot]!;
      if (key < parentKey || (key === parentKey && this.compare(slot, parentSlot) <= 0)) break;
      order[position] = parentSlot;
      position = parent;
    }
    order[position] = slot;
  }

  private siftDown(position: number): void {
    const order = this.order;
    const keys = this.keys;
    const size = this.size;
    const slot = order[position]!;
    const key = keys[slot]!;
    for (;;) {
      let child = 2 * position + 1;
      if (child >= size) break;
      let childSlot = order[child]!;
      let childKey = keys[childSlot]!;
      if (child + 1 < size) {
        const rightSlot = order[child + 1]!;
        const rightKey = keys[rightSlot]!;
        if (rightKey > childKey || (rightKey === childKey && this.compare(rightSlot, childSlot) > 0)) {
          child++;
          childSlot = rightSlot;
          childKey = rightKey;
        }
      }
      if (childKey < key || (childKey === key && this.compare(childSlot, slot) <= 0)) break;
      order[position] = childSlot;
      position = child;
    }
    order[position] = slot;
  }
}
