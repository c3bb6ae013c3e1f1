import { compareTicketDigests } from './ticket-digits.js';

/** Ranges at most this long are finished by insertion sort. */
const SMALL = 16;

/**
 * Compares the tickets of two slots: by {@link ticketKey} first, by the exact ticket on a key tie
 * (票号比较，按槽位，内部).
 *
 * @param a - first slot
 * @param b - second slot
 * @param keys - ticket keys by slot
 * @param digests - digest words by slot (eight per slot)
 * @returns negative, zero (same digest) or positive
 *
 * @example
 * ```ts
 * compareSlots(0, 1, new Float64Array([5, 3]), new Int32Array(16)) > 0; //=> true
 * ```
 */
export function compareSlots(a: number, b: number, keys: Float64Array, digests: Int32Array): number {
  const ka = keys[a]!;
  const kb = keys[b]!;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return compareTicketDigests(digests, a * 8, digests, b * 8);
}

/**
 * Reorders `slots[0 … count)` so that its first `k` hold the `k` smallest tickets and
 * `slots[k − 1]` is the largest of them (选出最小的 k 个票号，内部): Hoare's quickselect with a
 * median-of-three pivot, on slot numbers, comparing keys and falling back to the exact ticket only
 * on key ties. Linear on average; deterministic (no random pivot).
 *
 * @param slots - slot numbers, reordered in place
 * @param count - how many of `slots` to consider
 * @param k - how many to select (1 … count)
 * @param keys - ticket keys by slot
 * @param digests - digest words by slot
 *
 * @example
 * ```ts
 * const slots = new Int32Array([0, 1, 2, 3]);
 * selectSmallestSlots(slots, 4, 2, new Float64Array([9, 2, 7, 1]), new Int32Array(32));
 * [...slots.subarray(0, 2)].sort(); //=> [1, 3]
 * slots[1]; //=> 1 (key 2, the larger of the two)
 * ```
 */
export function selectSmallestSlots(slots: Int32Array, count: number, k: number, keys: Float64Array, digests: Int32Array): void {
  let low = 0;
  let high = count - 1;
  const target = k - 1;
  while (high - low > SMALL) {
    const pivot = medianOfThree(slots, low, high, keys, digests);
    const split = partition(slots, low, high, pivot, keys, digests);
    if (target <= split) high = split;
    else low = split + 1;
  }
  insertionSort(slots, low, high, keys, digests);
}

/**
 * Sorts `slots[0 … count)` by ticket (按票号排序槽位，内部): quicksort with a median-of-three
 * pivot, insertion sort for short ranges, recursion on the smaller side only.
 *
 * @param slots - slot numbers, sorted in place
 * @param count - how many of `slots` to sort
 * @param keys - ticket keys by slot
 * @param digests - digest words by slot
 *
 * @example
 * ```ts
 * const slots = new Int32Array([0, 1, 2]);
 * sortSlots(slots, 3, new Float64Array([9, 2, 7]), new Int32Array(24));
 * [...slots]; //=> [1, 2, 0]
 * ```
 */
export function sortSlots(slots: Int32Array, count: number, keys: Float64Array, digests: Int32Array): void {
  sortRange(slots, 0, count - 1, keys, digests);
}

function sortRange(slots: Int32Array, low: number, high: number, keys: Float64Array, digests: Int32Array): void {
  while (high - low > SMALL) {
    const pivot = medianOfThree(slots, low, high, keys, digests);
    const split = partition(slots, low, high, pivot, keys, digests);
    if (split - low < high - split) {
      sortRange(slots, low, split, keys, digests);
      low = split + 1;
    } else {
      sortRange(slots, split + 1, high, keys, digests);
      high = split;
    }
  }
  insertionSort(slots, low, high, keys, digests);
}

/** The slot of the median of the first, middle and last slot of the range. */
function medianOfThree(slots: Int32Array, low: number, high: number, keys: Float64Array, digests: Int32Array): number {
  const a = slots[low]!;
  const b = slots[(low + high) >>> 1]!;
  const c = slots[high]!;
  if (compareSlots(a, b, keys, digests) < 0) {
    if (compareSlots(b, c, keys, digests) < 0) return b;
    return compareSlots(a, c, keys, digests) < 0 ? c : a;
  }
  if (compareSlots(a, c, keys, digests) < 0) return a;
  return compareSlots(b, c, keys, digests) < 0 ? c : b;
}

/**
 * Hoare partition around the pivot slot's ticket: returns `j` with every slot of `[low, j]` at most
 * the pivot and every slot of `[j + 1, high]` at least the pivot, both ranges non-empty.
 */
function partition(slots: Int32Array, low: number, high: number, pivot: number, keys: Float64Array, digests: Int32Array): number {
  const pivotKey = keys[pivot]!;
  let i = low - 1;
  let j = high + 1;
  for (;;) {
    do i++;
    while (keys[slots[i]!]! < pivotKey || (keys[slots[i]!] === pivotKey && compareSlots(slots[i]!, pivot, keys, digests) < 0));
    do j--;
    while (keys[slots[j]!]! > pivotKey || (keys[slots[j]!] === pivotKey && compareSlots(slots[j]!, pivot, keys, digests) > 0));
    if (i >= j) return j;
    const swap = slots[i]!;
    slots[i] = slots[j]!;
    slots[j] = swap;
  }
}

function insertionSort(slots: Int32Array, low: number, high: number, keys: Float64Array, digests: Int32Array): void {
  for (let i = low + 1; i <= high; i++) {
    const slot = slots[i]!;
    const key = keys[slot]!;
    let j = i - 1;
    while (j >= low) {
      const other = slots[j]!;
      const otherKey = keys[other]!;
      if (otherKey < key || (otherKey === key && compareSlots(other, slot, keys, digests) <= 0)) break;
      slots[j + 1] = other;
      j--;
    }
    slots[j + 1] = slot;
  }
}
