/**
 * Deepest nesting of objects and arrays the library accepts in one input (输入嵌套层数上限).
 * The deepest real input (a draw record or a KPI accumulator state) nests 6 levels; deeper input,
 * and input that refers back to itself, is rejected with `NESTING_TOO_DEEP` before any work.
 *
 * @example
 * ```ts
 * MAX_INPUT_DEPTH; //=> 32
 * ```
 */
export const MAX_INPUT_DEPTH = 32;
