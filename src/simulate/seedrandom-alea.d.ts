/**
 * Minimal types of seedrandom's Alea file (`seedrandom/lib/alea.js`), which @types/seedrandom does
 * not describe as a subpath. Importing the file alone keeps the rest of seedrandom out of bundles.
 */
declare module 'seedrandom/lib/alea.js' {
  /** An Alea generator: each call returns a number in [0, 1) with 32 bits of randomness. */
  interface AleaGenerator {
    (): number;
    /** A number in [0, 1) with 53 bits of randomness. */
    double(): number;
    /** A signed 32-bit integer. */
    int32(): number;
    /** Same as calling the generator. */
    quick(): number;
  }
  /** Seeds a new Alea generator (Baagøe's algorithm, as ported by seedrandom 3.0.5). */
  function alea(seed?: string): AleaGenerator;
  export = alea;
}
