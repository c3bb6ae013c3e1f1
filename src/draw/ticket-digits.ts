import { wordsToHex } from './sha256.js';

/**
 * The exact ticket number of a digest, Rivest's `sha256_uniform`: `"0."` followed by the
 * digest's decimal digits, zero-padded to 64 and reversed (票号，内部).
 *
 * @param digest - the digest words
 * @param offset - index of the first word
 * @returns the ticket, e.g. `'0.2629971412…'` (usually 77–78 digits after the point)
 *
 * @example
 * ```ts
 * ticketFromDigest(new Int32Array([0, 0, 0, 0, 0, 0, 0, 1234]), 0); //=> '0.4321' + '0'.repeat(60)
 * ```
 */
export function ticketFromDigest(digest: ArrayLike<number>, offset: number): string {
  const decimal = BigInt(`0x${wordsToHex(digest, offset)}`).toString().padStart(64, '0');
  // join() gives a flat string; appending 78 characters one by one would leave a 78-node rope
  // (about 2.5 kB per ticket) in every retained result.
  return `0.${decimal.split('').reverse().join('')}`;
}

/**
 * Compares two tickets exactly, as Python compares the ticket strings (票号比较，内部).
 *
 * @param a - digest words of the first ticket
 * @param aOffset - index of its first word
 * @param b - digest words of the second ticket
 * @param bOffset - index of its first word
 * @returns negative, zero or positive
 *
 * @example
 * ```ts
 * const digests = new Int32Array([0, 0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 0, 0, 0, 0, 12]);
 * compareTicketDigests(digests, 0, digests, 8) < 0; //=> true (N = 21 gives '0.12…', N = 12 gives '0.21…')
 * ```
 */
export function compareTicketDigests(a: ArrayLike<number>, aOffset: number, b: ArrayLike<number>, bOffset: number): number {
  const x = ticketFromDigest(a, aOffset);
  const y = ticketFromDigest(b, bOffset);
  return x < y ? -1 : x > y ? 1 : 0;
}
