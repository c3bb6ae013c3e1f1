import { compareTicketDigests } from './ticket-digits.js';
import { compareSlots, selectSmallestSlots, sortSlots } from './ticket-order.js';

/**
 * The kept entries of a {@link TicketBuffer} in ticket order (排序后的保留票号，内部).
 *
 * @example
 * ```ts
 * const ranked: RankedSlots = new TicketBuffer(2).rank();
 * [ranked.slots.length, ranked.kept.length, ranked.repeated]; //=> [0, 0, null]
 * ```
 */
export interface RankedSlots {
  /** Slots of the `capacity` smallest tickets (fewer if fewer came), smallest first. */
  readonly slots: Int32Array;
  /**
   * The same followed by the sentinel, the next ticket: what a partition hands on to be merged, so
   * that a drawn id held twice across partitions still meets its copy.
   */
  readonly kept: Int32Array;
  /**
   * The slots of two entries with one ticket — the same id twice — one of which is drawn, or `null`.
   */
  readonly repeated: readonly [number, number] | null;
}

/**
 * Bottom-k of tickets by buffer and select (最小票号缓冲区，内部): keeps the `capacity` smallest
 * tickets seen.
 *
 * A candidate is compared with a threshold, the largest ticket kept at the last selection, and
 * appended if it is not above it: no heap to maintain per candidate. When the buffer holds
 * `limit` entries (a quarter more than it keeps, at least 32 more), a quickselect keeps the
 * smallest and the threshold drops to the largest of them. Until the buffer first holds as many
 * entries as it keeps, the threshold is +∞; at that moment it becomes their largest ticket. Each
 * selection costs O(limit) and happens once per `limit − keep` accepted candidates, so a candidate
 * costs O(1) on average. {@link TicketBuffer.bound} (the threshold's first digit) lets a caller
 * reject most candidates on `ticketFirstDigit` alone, before computing their key.
 *
 * Nothing looks ids up per candidate. A repeated id has the same ticket, so its copies are
 * neighbours in ticket order; the buffer keeps one entry more than `capacity` (a sentinel), so
 * when a drawn id came twice, its second copy is still buffered and {@link TicketBuffer.rank}
 * reports the pair, whatever the order of the input. (An entry beyond the drawn ones can only fall
 * further back as candidates come, so it is never drawn later.) The sentinel is also what a
 * partition hands on (`rank().kept`), so that the merge of partitions finds the same pairs.
 *
 * Entries live in slots of parallel arrays (key, digest words, id, payload, item index) that grow
 * by doubling up to `limit`: memory is O(capacity), whatever the number of candidates.
 *
 * @example
 * ```ts
 * const buffer = new TicketBuffer(1);
 * const digest = new Int32Array(8);
 * buffer.push(5, digest, 0, 'a', undefined, 0);
 * buffer.push(7, digest, 0, 'b', undefined, 1);
 * buffer.accepts(8, digest, 0); //=> false (8 is above the threshold 7)
 * digest[7] = 1;
 * buffer.push(3, digest, 0, 'c', undefined, 2);
 * const { slots, repeated } = buffer.rank();
 * [Array.from(slots, (slot) => buffer.idAt(slot)), repeated]; //=> [['c'], null]
 * ```
 */
export class TicketBuffer {
  /** How many of the smallest tickets are drawn. */
  readonly capacity: number;
  /**
   * The largest first ticket digit a candidate may have to be accepted: 9 while the threshold is
   * +∞, then the threshold's first digit (−1 for capacity 0).
   */
  bound: number;
  /** Entries buffered (kept and candidates since the last selection). */
  private count = 0;
  keys: Float64Array;
  digests: Int32Array;
  /** How many entries a selection keeps: `capacity` and one sentinel for repeated ids. */
  private readonly keep: number;
  private readonly limit: number;
  private ids: string[] = [];
  private payloads: unknown[] = [];
  private indices: Float64Array;
  private scratch: Int32Array;
  private thresholdKey: number;
  private thresholdSlot = -1;

  /**
   * @param capacity - how many of the smallest tickets to draw (may be +∞)
   */
  constructor(capacity: number) {
    this.capacity = capacity;
    this.keep = capacity === 0 ? 0 : capacity + 1;
    this.limit = Math.max(Math.ceil(1.25 * this.keep), this.keep + 32);
    const initial = Math.min(this.limit, 64);
    this.keys = new Float64Array(initial);
    this.digests = new Int32Array(initial * 8);
    this.indices = new Float64Array(initial);
    this.scratch = new Int32Array(initial);
    this.thresholdKey = capacity === 0 ? -1 : Number.POSITIVE_INFINITY;
    this.bound = capacity === 0 ? -1 : 9;
  }

  /**
   * Tells whether a candidate is to be appended: its ticket is at most the threshold.
   *
   * @param key - the candidate's `ticketKey`
   * @param digest - its digest words
   * @param offset - index of its first word
   */
  accepts(key: number, digest: ArrayLike<number>, offset: number): boolean {
    const threshold = this.thresholdKey;
    if (key !== threshold) return key < threshold;
    return compareTicketDigests(digest, offset, this.digests, this.thresholdSlot * 8) <= 0;
  }

  /**
   * Appends a candidate that {@link TicketBuffer.accepts}; selects when the buffer is full.
   *
   * @param key - its key
   * @param digest - its digest words
   * @param offset - index of its first word
   * @param id - its id
   * @param payload - kept with it (e.g. the caller's item)
   * @param itemIndex - its position in the caller's input, for error paths
   */
  push(key: number, digest: ArrayLike<number>, offset: number, id: string, payload: unknown, itemIndex: number): void {
    const slot = this.count;
    if (slot === this.keys.length) this.grow();
    this.keys[slot] = key;
    const digests = this.digests;
    const base = slot * 8;
    for (let i = 0; i < 8; i++) digests[base + i] = digest[offset + i]!;
    this.ids[slot] = id;
    this.payloads[slot] = payload;
    this.indices[slot] = itemIndex;
    this.count = slot + 1;
    if (this.count === this.keep && this.thresholdSlot < 0) this.setThreshold(this.largestSlot());
    else if (this.count === this.limit) this.select();
  }

  /** The id in a slot. */
  idAt(slot: number): string {
    return this.ids[slot]!;
  }

  /** The payload in a slot. */
  payloadAt(slot: number): unknown {
    return this.payloads[slot];
  }

  /** The caller's item index of a slot (−1 when unknown). */
  itemIndexAt(slot: number): number {
    return this.indices[slot]!;
  }

  /**
   * The drawn entries in increasing ticket order, the kept ones (drawn and the sentinel), and a
   * repeated id among the drawn if any.
   *
   * @returns the slots and the repeated pair
   */
  rank(): RankedSlots {
    if (this.count > this.keep) this.select();
    const all = new Int32Array(this.count);
    for (let i = 0; i < all.length; i++) all[i] = i;
    sortSlots(all, all.length, this.keys, this.digests);
    const drawn = Math.min(all.length, this.capacity);
    let repeated: [number, number] | null = null;
    for (let i = 1; i < all.length && i <= drawn; i++) {
      const a = all[i - 1]!;
      const b = all[i]!;
      if (this.keys[a] === this.keys[b] && compareSlots(a, b, this.keys, this.digests) === 0) {
        repeated = [a, b];
        break;
      }
    }
    return { slots: all.subarray(0, drawn), kept: all, repeated };
  }

  /** Keeps the `keep` smallest entries in slots `0 … keep − 1` and lowers the threshold. */
  private select(): void {
    const count = this.count;
    const keep = this.keep;
    const order = this.scratch;
    for (let i = 0; i < count; i++) order[i] = i;
    selectSmallestSlots(order, count, keep, this.keys, this.digests);
    // order[0 … keep) are the kept slots. Move every kept slot ≥ keep into a dropped one < keep.
    const kept = new Uint8Array(count);
    for (let i = 0; i < keep; i++) kept[order[i]!] = 1;
    let largest = order[keep - 1]!;
    let free = 0;
    for (let slot = keep; slot < count; slot++) {
      if (kept[slot] === 0) continue;
      while (kept[free] === 1) free++;
      this.move(slot, free);
      if (largest === slot) largest = free;
      kept[free] = 1;
    }
    for (let slot = keep; slot < count; slot++) {
      this.ids[slot] = '';
      this.payloads[slot] = undefined;
    }
    this.count = keep;
    this.setThreshold(largest);
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.digests.copyWithin(to * 8, from * 8, from * 8 + 8);
    this.ids[to] = this.ids[from]!;
    this.payloads[to] = this.payloads[from];
    this.indices[to] = this.indices[from]!;
  }

  private largestSlot(): number {
    let largest = 0;
    for (let slot = 1; slot < this.count; slot++) if (compareSlots(slot, largest, this.keys, this.digests) > 0) largest = slot;
    return largest;
  }

  private setThreshold(slot: number): void {
    this.thresholdSlot = slot;
    this.thresholdKey = this.keys[slot]!;
    this.bound = Math.floor(this.thresholdKey / 1e10);
  }

  private grow(): void {
    const length = Math.min(this.limit, this.keys.length * 2);
    const keys = new Float64Array(length);
    keys.set(this.keys);
    const digests = new Int32Array(length * 8);
    digests.set(this.digests);
    const indices = new Float64Array(length);
    indices.set(this.indices);
    this.keys = keys;
    this.digests = digests;
    this.indices = indices;
    this.scratch = new Int32Array(length);
  }
}
