import { ShuangsuijiError } from '../../core/errors.js';
import { shownText } from '../../core/_internal/boundary.js';
import { compareCodePoints } from './compare-code-points.js';
import { ManifestHash } from './manifest-hash.js';

/**
 * A pool commitment (抽查范围承诺值): the SHA-256 of the pool's manifest, its number of lines,
 * and the same per stratum.
 */
export interface PoolCommitmentValue {
  /** SHA-256 (hex) of the whole manifest. */
  readonly digest: string;
  /** Number of pool items (manifest lines). */
  readonly size: number;
  /** Per stratum (code-point order): its lines' count and the SHA-256 of its lines alone. */
  readonly strata: Record<string, { readonly size: number; readonly digest: string }>;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Collects a pool's (id, stratum) pairs and turns them into the manifest and its commitment
 * (清单构建器，内部). Ids must already be checked canonical (so they hold no tab, newline or other
 * control character). The manifest's lines are `${id}\t${stratum}` in byte (code-point) order of
 * the id; duplicates (`DUPLICATE_ID`) are found as neighbours once sorted. Memory is O(pool):
 * one reference per id.
 *
 * @example
 * ```ts
 * const builder = new PoolManifestBuilder();
 * builder.add('b', '*'); builder.add('a', '*');
 * builder.lines(); //=> ['a\t*', 'b\t*']
 * ```
 */
export class PoolManifestBuilder {
  private readonly byStratum = new Map<string, string[]>();
  private wide = false;
  private lastName: string | undefined;
  private lastList: string[] | undefined;
  private sorted = false;

  /**
   * Adds one pool item.
   *
   * @param id - a canonical id
   * @param stratum - its stratum
   */
  add(id: string, stratum: string): void {
    const list = stratum === this.lastName ? this.lastList! : this.listFor(stratum);
    if (!this.wide && hasWide(id)) this.wide = true;
    list.push(id);
    this.sorted = false;
  }

  /**
   * Makes sure a stratum exists even when it has no item (it commits to the empty manifest).
   *
   * @param stratum - the stratum name
   */
  declare(stratum: string): void {
    this.listFor(stratum);
  }

  /** The list of a stratum, created (and its name checked) on first use; remembered as the last one. */
  private listFor(stratum: string): string[] {
    let list = this.byStratum.get(stratum);
    if (list === undefined) {
      if (stratum.length === 0 || CONTROL.test(stratum)) {
        throw new ShuangsuijiError('INVALID_INPUT', `分层名称 ${shownText(stratum)} 不能为空或含有控制字符（如制表符、换行符）`, { path: ['stratum'] });
      }
      list = [];
      this.byStratum.set(stratum, list);
      if (hasWide(stratum)) this.wide = true;
    }
    this.lastName = stratum;
    this.lastList = list;
    return list;
  }

  private sort(): [string, string[]][] {
    const compare = this.wide ? compareCodePoints : undefined;
    const entries = [...this.byStratum].sort((a, b) => compareCodePoints(a[0], b[0]));
    if (!this.sorted) {
      for (const [, list] of entries) {
        list.sort(compare);
        for (let i = 1; i < list.length; i++) if (list[i] === list[i - 1]) throw duplicateId(list[i]!);
      }
      this.sorted = true;
    }
    return entries;
  }

  /**
   * Visits the manifest's lines in order (a k-way merge of the sorted strata).
   *
   * @param visit - gets each line's id, stratum and the stratum's index in code-point order
   * @throws {ShuangsuijiError} `DUPLICATE_ID` when an id is in two strata or twice in one
   */
  private each(visit: (id: string, stratum: string, index: number) => void): void {
    const entries = this.sort();
    const k = entries.length;
    const at = new Array<number>(k).fill(0);
    const compare = this.wide ? compareCodePoints : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    let previous: string | undefined;
    for (;;) {
      let best = -1;
      for (let s = 0; s < k; s++) {
        const list = entries[s]![1];
        if (at[s]! < list.length && (best < 0 || compare(list[at[s]!]!, entries[best]![1][at[best]!]!) < 0)) best = s;
      }
      if (best < 0) return;
      const id = entries[best]![1][at[best]!++]!;
      if (id === previous) throw duplicateId(id);
      previous = id;
      visit(id, entries[best]![0], best);
    }
  }

  /**
   * The manifest's lines, without newlines.
   *
   * @returns the lines in order
   */
  lines(): string[] {
    const out: string[] = [];
    this.each((id, stratum) => out.push(`${id}\t${stratum}`));
    return out;
  }

  /**
   * The commitment: SHA-256 of the manifest and of each stratum's lines.
   *
   * @returns digest, size and strata
   */
  commitment(): PoolCommitmentValue {
    const names = [...this.byStratum.keys()].sort(compareCodePoints);
    const total = new ManifestHash();
    const hashes = names.map(() => new ManifestHash());
    const sizes = names.map(() => 0);
    let size = 0;
    if (names.length === 1) {
      // One stratum: its manifest is the whole manifest.
      this.each((id, stratum) => {
        total.pair(id, stratum);
        size++;
      });
      return { digest: total.digest(), size, strata: { [names[0]!]: { size, digest: total.digest() } } };
    }
    this.each((id, stratum, index) => {
      total.pair(id, stratum);
      hashes[index]!.pair(id, stratum);
      sizes[index]!++;
      size++;
    });
    const strata: Record<string, { size: number; digest: string }> = {};
    names.forEach((name, i) => (strata[name] = { size: sizes[i]!, digest: hashes[i]!.digest() }));
    return { digest: total.digest(), size, strata };
  }
}

function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xd800) return true;
  return false;
}

function duplicateId(id: string): ShuangsuijiError {
  return new ShuangsuijiError('DUPLICATE_ID', `检查对象标识 ${shownText(id)} 在抽查范围中出现了两次`, { path: ['pool'], details: { id } });
}
