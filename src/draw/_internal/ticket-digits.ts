import { ticketString } from './ticket-key.js';

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
  const x = ticketString(a, aOffset);
  const y = ticketString(b, bOffset);
  return x < y ? -1 : x > y ? 1 : 0;
}
