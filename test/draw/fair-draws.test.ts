/**
 * Issue 12: fair draws. Each attack of the issue, tried as an adversarial bureau would, now fails
 * for the attacker — rejected at draw time or reported by verifyDraw against the announcement —
 * plus the consistency properties of the subject draw.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalSubjectId, isCanonicalSubjectId } from '../../src/directory/index.js';
import {
  addPoolDigests,
  announcementDigest,
  checkHistoryDigest,
  createDrawAnnouncement,
  createSampler,
  deriveTaskSeed,
  drawSubjects,
  drawSubjectsAsync,
  DrawRecordSchema,
  parseDrawRecord,
  poolCommitment,
  poolDigest,
  poolManifest,
  verifyDraw,
  verifyDrawAsync,
  type DrawRecord,
} from '../../src/draw/index.js';
import legacy from './fixtures/legacy-record-v1.json';

const pool = Array.from({ length: 60 }, (_, n) => ({ id: `9135${String(n).padStart(13, '0')}X`, riskClass: 'ABCD'[n % 4]! }));
const allocation = { A: 2, B: 2, C: 1, D: 1 };
const seedSource = { kind: 'public-dice' as const, witnesses: ['公证员 王某', '商户代表 李某'] };
const announcement = createDrawAnnouncement({
  seedSource,
  tasks: [
    {
      taskId: '2023-07-food',
      allocation,
      reserve: 1,
      pool: poolCommitment(pool, { stratified: true }),
      exclusions: [{ id: pool[0]!.id, reason: '本年度已抽查两次（通知·二 频次上限）' }],
    },
  ],
});
const honest = { seed: '480216', taskId: '2023-07-food', pool, allocation, reserve: 1, exclude: [pool[0]!.id] };
const fields = (record: DrawRecord, options: Parameters<typeof verifyDraw>[2] = {}) => verifyDraw(record, pool, options).differences.map((d) => d.field);

describe('the honest ceremony (announcement → public seed → draw → record)', () => {
  it('verifies field by field against the announcement, fairness checked', () => {
    const { record } = drawSubjects({ ...honest, announcement });
    expect(record.announcementDigest).toBe(announcementDigest(announcement));
    expect(record.poolCommitment).toBe(poolCommitment(pool, { stratified: true }).digest);
    expect(verifyDraw(record, [...pool].reverse(), { announcement, publicSeed: '480216' })).toEqual({ ok: true, differences: [], fairness: 'checked' });
    // the announcement travels as JSON
    expect(verifyDraw(record, pool, { announcement: JSON.parse(JSON.stringify(announcement)) }).ok).toBe(true);
  });

  it('the same draw without announcement computes the same commitment, but fairness is not checked', () => {
    const streamed = drawSubjects({ ...honest, announcement }).record;
    const computed = drawSubjects(honest).record;
    expect({ ...computed, announcementDigest: streamed.announcementDigest }).toEqual(streamed);
    expect(verifyDraw(computed, pool)).toEqual({ ok: true, differences: [], fairness: 'not-checked' });
    // …and against the announcement it lacks the announcement digest
    expect(fields(computed, { announcement })).toEqual(['announcement.digest']);
  });

  it('an announced draw whose pool differs from the announced one fails at draw time', () => {
    expect(() => drawSubjects({ ...honest, pool: pool.slice(1, 59).concat(pool[0]!), announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['pool'] }),
    );
  });
});

describe('attack 1: seed grinding', () => {
  it('a seed the bureau picked offline is reported against the publicly produced seed', () => {
    // The bureau tries seeds until a chosen enterprise is left out…
    const target = drawSubjects({ ...honest, announcement }).selected[0]!.id;
    let ground: DrawRecord | undefined;
    for (let i = 0; ground === undefined; i++) {
      const attempt = drawSubjects({ ...honest, seed: `9${i}`, announcement });
      if (!attempt.selected.some((s) => s.id === target)) ground = attempt.record;
    }
    // …and the record is internally consistent (binding holds), but not the public seed.
    expect(verifyDraw(ground, pool, { announcement }).ok).toBe(true);
    const result = verifyDraw(ground, pool, { announcement, publicSeed: '480216' });
    expect(result.ok).toBe(false);
    expect(result.differences[0]).toEqual({ field: 'seed', recorded: ground.seed, recomputed: '480216' });
  });

  it('the announcement has no bureau-only seed source', () => {
    expect(() =>
      createDrawAnnouncement({ seedSource: { kind: 'seed-commitment', commitment: '0'.repeat(64) } as never, tasks: announcement.tasks }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['seedSource', 'kind'] }));
    expect(() => createDrawAnnouncement({ seedSource: { kind: 'public-dice', witnesses: ['局长'] }, tasks: announcement.tasks })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['seedSource', 'witnesses'] }),
    );
  });
});

describe('attack 2: task id chosen after the seed is public', () => {
  it('is rejected at draw time under the announcement', () => {
    expect(() => drawSubjects({ ...honest, taskId: '2023-07-food-6', announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['taskId'] }),
    );
  });

  it('a record drawn without it is reported by verifyDraw', () => {
    const { record } = drawSubjects({ ...honest, taskId: '2023-07-food-6' });
    expect(verifyDraw(record, pool).ok).toBe(true); // binding only…
    expect(fields(record, { announcement })).toEqual(['announcement.digest', 'announcement.taskId']);
  });
});

describe('attack 3: exclusion added after the reveal', () => {
  it('is rejected at draw time under the announcement', () => {
    const drawn = drawSubjects({ ...honest, announcement }).selected[0]!.id;
    expect(() => drawSubjects({ ...honest, exclude: [pool[0]!.id, drawn], announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['exclude'] }),
    );
  });

  it('a record with the extra exclusion is reported by verifyDraw', () => {
    const drawn = drawSubjects({ ...honest, announcement }).selected[0]!.id;
    const { record } = drawSubjects({ ...honest, exclude: [pool[0]!.id, drawn] });
    expect(verifyDraw(record, pool).ok).toBe(true);
    const differences = verifyDraw(record, pool, { announcement }).differences;
    expect(differences.map((d) => d.field)).toEqual(['announcement.digest', 'announcement.excluded']);
    expect(differences[1]).toEqual({ field: 'announcement.excluded', recorded: [pool[0]!.id, drawn].sort().join('\n'), recomputed: pool[0]!.id });
  });

  it('changing the sizes or the reserve after the reveal is reported too', () => {
    const { record } = drawSubjects({ ...honest, allocation: { ...allocation, D: 0 }, reserve: 0 });
    expect(fields(record, { announcement })).toEqual(['announcement.digest', 'announcement.strata.D.size', 'announcement.reserve']);
    expect(() => drawSubjects({ ...honest, reserve: 2, announcement })).toThrow(expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['reserve'] }));
  });
});

describe('attack 4: ambiguous task seed', () => {
  it("deriveTaskSeed('A/B', 'C') and deriveTaskSeed('A', 'B/C') can no longer both exist", () => {
    expect(deriveTaskSeed('A', 'B/C')).toBe('A/B/C');
    expect(() => deriveTaskSeed('A/B', 'C')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['seed'] }));
    expect(() => drawSubjects({ ...honest, seed: 'A/B' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['seed'] }));
  });

  it('a consistent-sampler/2 record with / in its seed is malformed', () => {
    const { record } = drawSubjects({ seed: 'A', taskId: 'B/C', pool: ['a', 'b'], size: 1 });
    expect(record.taskSeed).toBe('A/B/C');
    expect(() => parseDrawRecord({ ...record, seed: 'A/B', taskId: 'C' })).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['seed'] }));
  });
});

describe('attack 5: weak record checks', () => {
  const { record } = drawSubjects({ ...honest, announcement });

  it('rejects null digests in a consistent-sampler/2 record', () => {
    expect(() => verifyDraw({ ...record, poolCommitment: null } as never, pool)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['poolCommitment'] }));
    const strata = structuredClone(record.strata);
    (strata['A'] as { commitment: unknown }).commitment = null;
    expect(() => verifyDraw({ ...record, strata } as never, pool)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['strata', 'A', 'commitment'] }));
    expect(() => verifyDraw({ ...record, poolDigest: null } as never, pool)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
  });

  it('an excluded id that is not in the pool: rejected at draw time, reported by verifyDraw', () => {
    expect(() => drawSubjects({ ...honest, exclude: [pool[0]!.id, 'NOT-IN-POOL'] })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['exclude', 1], details: { ids: ['NOT-IN-POOL'] } }),
    );
    const forged = { ...record, excluded: [...record.excluded, 'ZZZ'] };
    expect(verifyDraw(forged, pool).differences).toEqual([{ field: 'excluded.length', recorded: 2, recomputed: 1 }]);
  });

  it('a duplicate excluded entry: rejected at draw time and by the record schema', () => {
    expect(() => drawSubjects({ ...honest, exclude: [pool[0]!.id, pool[0]!.id] })).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', path: ['exclude', 1] }));
    expect(() => verifyDraw({ ...record, excluded: [pool[0]!.id, pool[0]!.id] }, pool)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', path: ['excluded'] }));
  });

  it('checks a record against what was published in advance (the announcement)', () => {
    const other = createDrawAnnouncement({ seedSource, tasks: [{ ...announcement.tasks[0]!, reserve: 0 }] });
    expect(fields(record, { announcement: other })).toEqual(['announcement.digest', 'announcement.reserve']);
  });
});

describe('attack 6: every record the library produces verifies against its own pool', () => {
  it("the issue's example is rejected at draw time, as by verifyDraw", () => {
    const dup = ['a', 'b', 'c', 'd', 'e', 'f', 'e'];
    expect(() => drawSubjects({ seed: '7', taskId: 'T', pool: dup, size: 2 })).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: 'e' } }));
    expect(() => poolCommitment(dup)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID', details: { id: 'e' } }));
    const { record } = drawSubjects({ seed: '7', taskId: 'T', pool: dup.slice(0, 6), size: 2 });
    expect(verifyDraw(record, dup).differences).toEqual([{ field: 'pool', recorded: expect.any(String), recomputed: expect.stringContaining('DUPLICATE_ID') }]);
  });

  const idArb = fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }).filter(isCanonicalSubjectId);
  const poolArb = fc
    .uniqueArray(idArb, { maxLength: 40 })
    .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: ids.length, maxLength: ids.length })))
    .map(([ids, strata]) => ids.map((id, i) => ({ id, stratum: strata[i]! })));

  it('property: drawSubjects records verify; shuffled pool, partitioned sampler and JSON states give identical draws', () => {
    fc.assert(
      fc.property(poolArb, fc.record({ A: fc.nat(4), B: fc.nat(4), C: fc.nat(4) }), fc.nat(2), fc.nat(), fc.array(fc.nat(3), { maxLength: 40 }), (items, sizes, reserve, salt, cuts) => {
        const exclude = items.filter((_, i) => (i + salt) % 7 === 0).map((item) => item.id);
        const input = { seed: `s${salt}`, taskId: 'T', pool: items, allocation: sizes, reserve, exclude };
        let result;
        try {
          result = drawSubjects(input);
        } catch (error) {
          expect(error).toMatchObject({ code: 'SAMPLE_TOO_LARGE' });
          return;
        }
        const shuffled = [...items].sort((a, b) => ((a.id.length * 31 + salt) % 5) - ((b.id.length * 31 + salt) % 5)).reverse();
        expect(drawSubjects({ ...input, pool: shuffled }).record).toEqual(result.record);
        expect(verifyDraw(result.record, shuffled)).toEqual({ ok: true, differences: [], fairness: 'not-checked' });
        expect(verifyDraw(JSON.parse(JSON.stringify(result.record)) as DrawRecord, items).ok).toBe(true);
        // under an announcement of the same parameters: the same record, plus the announcement digest
        const announced = createDrawAnnouncement({
          seedSource: { kind: 'public-beacon', source: 'test', round: String(salt) },
          tasks: [{ taskId: 'T', allocation: sizes, reserve, pool: poolCommitment(items, { stratified: true }), exclusions: exclude.map((id) => ({ id, reason: 'r' })) }],
        });
        const streamed = drawSubjects({ ...input, pool: shuffled, announcement: announced }).record;
        expect(streamed).toEqual({ ...result.record, announcementDigest: announcementDigest(announced) });
        expect(verifyDraw(streamed, items, { announcement: announced })).toEqual({ ok: true, differences: [], fairness: 'checked' });
        // partitioned: samplers over parts, merged directly and through JSON, give the same draw
        const options = { seed: deriveTaskSeed(input.seed, 'T'), sizes, reserve, exclude };
        const parts = [0, 1, 2, 3].map(() => createSampler(options));
        items.forEach((item, i) => parts[(cuts[i] ?? i) % 4]!.add(item.id, item.stratum));
        const [first, ...rest] = parts;
        rest.forEach((part, i) => first!.merge(i % 2 === 0 ? part : JSON.parse(JSON.stringify(part.state()))));
        const merged = first!.result();
        expect(Object.values(merged.strata).flatMap((s) => s.selected)).toEqual(result.record.selected);
        expect(Object.values(merged.strata).flatMap((s) => s.reserves)).toEqual(result.record.reserves);
      }),
      { numRuns: 120 },
    );
  });

  it('the async draw and verification agree with the sync ones', async () => {
    async function* pages() {
      yield pool.slice(0, 30);
      yield pool.slice(30);
    }
    const { record } = await drawSubjectsAsync({ ...honest, pool: pages(), announcement });
    expect(record).toEqual(drawSubjects({ ...honest, announcement }).record);
    expect(await verifyDrawAsync(record, pages(), { announcement })).toEqual({ ok: true, differences: [], fairness: 'checked' });
  });
});

describe('attack 7: look-alike ids', () => {
  const variants = ['Café', 'Cafe\u0301', 'Café ', ' Café', 'Café\u200b', '\ufeffCafé', 'Caf\u00e9\u3000', 'Ｃａｆé'];
  const uscc = '91350100M000100Y43';
  const usccVariants = [uscc, '91350100m000100y43', '９１３５０１００Ｍ０００１００Ｙ４３', `${uscc}\u200b`, `${uscc} `];

  it('every variant has one canonical form', () => {
    expect(new Set(variants.map(canonicalSubjectId))).toEqual(new Set(['Café']));
    expect(new Set(usccVariants.map(canonicalSubjectId))).toEqual(new Set([uscc]));
    expect(canonicalSubjectId('X ')).toBe('X');
    expect(canonicalSubjectId('１２３')).toBe('123');
  });

  it('a draw rejects every non-canonical variant with NON_CANONICAL_ID naming both forms, even with checkDuplicates all', () => {
    for (const [list, canonical] of [
      [variants, 'Café'],
      [usccVariants, uscc],
    ] as const) {
      const error = (() => {
        try {
          drawSubjects({ seed: '1', taskId: 'T', pool: list, size: list.length, checkDuplicates: 'all' });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toMatchObject({ code: 'NON_CANONICAL_ID', path: ['pool', 1, 'id'], details: { id: list[1], canonical } });
      expect((error as Error).message).toContain(canonical);
    }
    expect(() => drawSubjects({ seed: '1', taskId: 'T', pool: ['X', 'X '], size: 2 })).toThrow(expect.objectContaining({ code: 'NON_CANONICAL_ID', details: { id: 'X ', canonical: 'X' } }));
  });

  it('ids declared as USCC or 注册号 are validated', () => {
    const announcementUscc = createDrawAnnouncement({ idFormat: 'uscc', seedSource, tasks: [{ taskId: 'T', size: 1, pool: poolCommitment([uscc, '91350100M000100Y44'].slice(0, 1)) }] });
    expect(drawSubjects({ seed: '1', taskId: 'T', pool: [uscc], size: 1, announcement: announcementUscc }).record.idFormat).toBe('uscc');
    expect(() => drawSubjects({ seed: '1', taskId: 'T', pool: ['91350100M000100Y44'], size: 1, idFormat: 'uscc' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ID_FORMAT', path: ['pool', 0, 'id'] }),
    );
    expect(() => poolCommitment(['110105000000001'], { idFormat: 'registration' })).toThrow(expect.objectContaining({ code: 'INVALID_ID_FORMAT' }));
    expect(poolCommitment(['110105000000004'], { idFormat: 'registration' }).size).toBe(1);
  });
});

describe('attack 8: the pool commitment is collision resistant and reproducible with standard tools', () => {
  // Code-point order differs from UTF-16 order for U+FF61 vs an astral character: byte order wins.
  const ids = ['b', 'a', '甲', 'é', '\u{1d49c}', '\uff61', 'a b', 'A'];

  it('is SHA-256 of the byte-sorted manifest, one `id\\tstratum\\n` line per item', () => {
    const lines = ids.map((id) => `${id}\t*\n`);
    const bytes = Buffer.concat(lines.map((line) => Buffer.from(line, 'utf8')).sort(Buffer.compare));
    expect(poolCommitment(ids).digest).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(poolManifest(ids).map((line) => `${line}\n`).join('')).toBe(bytes.toString('utf8'));
    expect(poolManifest(ids).slice(-2)).toEqual(['\uff61\t*', '\u{1d49c}\t*']);
  });

  it('property: equals node:crypto over the byte-sorted manifest, for any canonical ids and strata', () => {
    const idArb = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter(isCanonicalSubjectId);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(idArb, fc.constantFrom('A', 'B', '甲类', 'D')), { maxLength: 60, selector: ([id]) => id }), (pairs) => {
        const items = pairs.map(([id, stratum]) => ({ id, stratum }));
        const hashOf = (lines: string[]) => createHash('sha256').update(Buffer.concat(lines.map((line) => Buffer.from(line, 'utf8')).sort(Buffer.compare))).digest('hex');
        const commitment = poolCommitment(items, { stratified: true });
        expect(commitment.digest).toBe(hashOf(pairs.map(([id, stratum]) => `${id}\t${stratum}\n`)));
        for (const [name, stratum] of Object.entries(commitment.strata)) {
          expect(stratum.digest).toBe(hashOf(pairs.filter(([, s]) => s === name).map(([id]) => `${id}\t${name}\n`)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('`LC_ALL=C sort -u manifest.txt | sha256sum` reproduces it (the recipe of docs/verify-draw)', () => {
    const manifest = [...poolManifest(pool, { stratified: true })].reverse().map((line) => `${line}\n`).join('');
    let out: string;
    try {
      out = execFileSync('sh', ['-c', 'LC_ALL=C sort -u | sha256sum'], { input: manifest + manifest, encoding: 'utf8' });
    } catch {
      return; // no POSIX shell here: the node:crypto test above covers the bytes
    }
    expect(out.split(' ')[0]).toBe(poolCommitment(pool, { stratified: true }).digest);
    const stratumA = execFileSync('sh', ['-c', "awk -F'\\t' '$2==\"A\"' | LC_ALL=C sort -u | sha256sum"], { input: manifest, encoding: 'utf8' });
    expect(stratumA.split(' ')[0]).toBe(poolCommitment(pool, { stratified: true }).strata['A']!.digest);
  });

  it('the additive poolDigest is linear in the pool (the property Wagner’s attack exploits); the commitment is not', () => {
    expect(addPoolDigests(poolDigest(['a']), poolDigest(['b']))).toBe(poolDigest(['a', 'b']));
    // In a sum, a set of ids whose hashes add up to those of another set is interchangeable with
    // it; a hash of the whole manifest has no such structure.
    expect(poolCommitment(['a', 'b']).digest).not.toBe(poolCommitment(['a']).digest);
    expect(poolCommitment([]).digest).toBe(createHash('sha256').update('').digest('hex'));
  });
});

describe('the check history committed in the announcement', () => {
  it('checkHistoryDigest is SHA-256 of sorted `id\\tcount` lines, canonical ids summed, zero counts left out', () => {
    const lines = Buffer.from('S1\t3\nS2\t1\n');
    expect(checkHistoryDigest({ S2: 1, 'S1 ': 1, S1: 2, S3: 0 })).toBe(createHash('sha256').update(lines).digest('hex'));
    expect(checkHistoryDigest(new Map([['S1', 3], ['S2', 1]]))).toBe(checkHistoryDigest({ S2: 1, S1: 3 }));
    expect(() => checkHistoryDigest({ S1: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['history', 'S1'] }));
    expect(() => checkHistoryDigest([] as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['history'] }));
    const withHistory = createDrawAnnouncement({ seedSource, checkHistoryDigest: checkHistoryDigest({ S1: 2 }), tasks: announcement.tasks });
    expect(announcementDigest(withHistory)).not.toBe(announcementDigest(announcement));
  });

  it('verifyDraw reports a history edited after the announcement (e.g. a check added to push a subject over the low-risk cap)', () => {
    const withHistory = createDrawAnnouncement({ seedSource, checkHistoryDigest: checkHistoryDigest({ S1: 1 }), tasks: announcement.tasks });
    const { record } = drawSubjects({ ...honest, announcement: withHistory });
    expect(verifyDraw(record, pool, { announcement: withHistory, checkHistory: { S1: 1 } }).ok).toBe(true);
    expect(verifyDraw(record, pool, { announcement: withHistory, checkHistory: { S1: 2 } }).differences).toEqual([
      { field: 'announcement.checkHistoryDigest', recorded: checkHistoryDigest({ S1: 2 }), recomputed: checkHistoryDigest({ S1: 1 }) },
    ]);
  });
});

describe('legacy consistent-sampler/1 records', () => {
  it('still verify (binding only), including a seed with /', () => {
    expect(legacy.record.scheme).toBe('consistent-sampler/1');
    expect(verifyDraw(legacy.record as never, legacy.pool)).toEqual({ ok: true, differences: [], fairness: 'not-checked' });
    const tampered = structuredClone(legacy.record);
    tampered.selected[0]!.id = 'S999';
    expect(verifyDraw(tampered as never, legacy.pool).ok).toBe(false);
  });

  it('are not the current scheme, so they fail against an announcement', () => {
    expect(DrawRecordSchema.safeParse(legacy.record).success).toBe(false);
    const fieldsOf = verifyDraw(legacy.record as never, legacy.pool, { announcement }).differences.map((d) => d.field);
    expect(fieldsOf).toEqual(['announcement.scheme']);
  });
});
