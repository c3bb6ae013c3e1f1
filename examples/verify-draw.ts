/**
 * Replaying a draw (复核一次抽取): publish a draw announcement (抽取公告) before the seed, run the
 * stratified draw under it, verify its record against the pool (in another order) and the
 * announcement, then tamper — with the record, the pool, the task id and the exclusions after the
 * seed is known — and watch verifyDraw report the differences. Finally print a Python script
 * (standard library only) that replays the same draw and its pool commitment. Nothing is saved.
 *
 *   npx tsx examples/verify-draw.ts
 *
 * See docs/verify-draw.md for the method and the record's fields.
 */
import {
  announcementDigest,
  createDrawAnnouncement,
  drawSubjects,
  eligibleSubjects,
  poolCommitment, filterPool,
  generateDirectory,
  verifyDraw,
  zhejiang2023,
  type RiskClass,
  type Subject,
} from '../src/index.js';

const SEED = '2023-08-01 摇号 27182818284590452353'; // produced in public after the announcement
const TASK_ID = 'T16';

// The pool of T16 (检验检测机构检查) in a synthetic district, with each subject's effective risk class.
const { subjects } = generateDirectory({ seed: 'longwan-2023-demo', size: 30_000 });
const tagged = [...filterPool(subjects, { tags: ['testing-body'], statuses: ['operating'] })];
const { eligible, riskClasses } = eligibleSubjects(tagged, new Map(), zhejiang2023);
const pool: (Subject & { stratum: RiskClass })[] = eligible.map((subject, i) => ({ ...subject, stratum: riskClasses[i]! }));
const allocation = { A: 1, B: 2, C: 1, D: 1 };

// 0. Before the seed exists: the announcement fixes the task, sizes, reserve, pool and exclusions.
const commitment = poolCommitment(pool, { stratified: true });
const announcement = createDrawAnnouncement({
  title: '2023 年 8 月检验检测机构双随机抽查',
  seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '机构代表 李某'], ceremony: '2023-08-01 10:00 局一楼大厅，网络直播' },
  tasks: [{ taskId: TASK_ID, allocation, reserve: 1, pool: commitment, exclusions: [] }],
});
console.log(`抽取公告 announcement ${announcementDigest(announcement).slice(0, 16)}…：范围 ${commitment.size} 户，清单承诺值 ${commitment.digest.slice(0, 16)}…`);

const { selected, reserves, record } = drawSubjects({ seed: SEED, taskId: TASK_ID, pool, allocation, reserve: 1, announcement });
console.log(`抽取 draw: ${record.taskSeed}，范围 ${record.poolSize} 户，poolCommitment ${record.poolCommitment}`);
for (const entry of [...selected, ...reserves]) {
  const role = selected.includes(entry) ? '中签' : '备选';
  console.log(`  ${role} ${entry.stratum}#${entry.rank}  ${entry.id}  ticket ${entry.ticket.slice(0, 20)}…`);
}

// 1. The record verifies against the same pool, listed in any order.
const shuffled = [...pool].reverse();
const check = verifyDraw(record, shuffled, { announcement, publicSeed: SEED });
console.log(`\n1. verifyDraw(record, pool in reverse order, { announcement, publicSeed }): ok = ${check.ok}, fairness ${check.fairness}`);

// 2. Someone swaps a drawn subject for a friendlier one.
const swapped = pool.find((item) => item.stratum === selected[0]!.stratum && !selected.some((s) => s.id === item.id))!;
const forged = { ...record, selected: record.selected.map((entry, i) => (i === 0 ? { ...entry, id: swapped.id } : entry)) };
const forgedCheck = verifyDraw(forged, pool);
console.log(`2. tampered record (selected[0].id → ${swapped.id}): ok = ${forgedCheck.ok}`);
for (const difference of forgedCheck.differences) {
  console.log(`   ${difference.field}: recorded ${JSON.stringify(difference.recorded)}, recomputed ${JSON.stringify(difference.recomputed)}`);
}

// 3. Someone quietly drops a subject from the pool after the draw.
const dropped = pool.filter((item) => item.id !== selected[1]!.id);
const droppedCheck = verifyDraw(record, dropped);
console.log(`3. pool without ${selected[1]!.id}: ok = ${droppedCheck.ok}; first differences:`);
for (const difference of droppedCheck.differences.slice(0, 4)) console.log(`   ${difference.field}`);

// 4. After the seed is known, the bureau excludes a drawn subject and draws again: the record
//    replays on its own, but not against the announcement.
const late = drawSubjects({ seed: SEED, taskId: TASK_ID, pool, allocation, reserve: 1, exclude: [selected[0]!.id] }).record;
const lateCheck = verifyDraw(late, pool, { announcement });
console.log(`4. exclusion added after the reveal: alone ok = ${verifyDraw(late, pool).ok}; against the announcement ok = ${lateCheck.ok}:`);
for (const difference of lateCheck.differences) console.log(`   ${difference.field}: recorded ${JSON.stringify(difference.recorded)}, announced ${JSON.stringify(difference.recomputed)}`);
try {
  drawSubjects({ seed: SEED, taskId: `${TASK_ID}-6`, pool, allocation, reserve: 1, announcement });
} catch (error) {
  console.log(`   a task id chosen after the seed, under the announcement: ${(error as { code: string }).code}`);
}

// 5. Replaying in Python (standard library only): the same tickets, the same subjects.
const byStratum = new Map<string, string[]>();
for (const item of pool) byStratum.set(item.stratum, [...(byStratum.get(item.stratum) ?? []), item.id]);
const strata = [...byStratum.keys()].sort();
console.log(`\n5. 用 Python 复核 Replay with Python 3 (save as replay.py, run python3 replay.py):\n`);
console.log(`import hashlib

def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()

def ticket(seed, object_id):  # = consistent_sampler.first_fraction(object_id, seed)
    n = int(sha256_hex(sha256_hex(seed) + object_id), 16)
    return "0." + "{0:064d}".format(n)[::-1]

def pool_commitment(pairs):  # SHA-256 of the manifest: "id\\tstratum\\n" lines, code-point order
    return sha256_hex("".join(f"{i}\\t{s}\\n" for i, s in sorted(set(pairs))))

task_seed = ${JSON.stringify(record.taskSeed)}
pool = {
${strata.map((stratum) => `    ${JSON.stringify(stratum)}: ${JSON.stringify(byStratum.get(stratum))},`).join('\n')}
}
sizes = ${JSON.stringify(allocation)}
assert pool_commitment((i, s) for s in pool for i in pool[s]) == ${JSON.stringify(record.poolCommitment)}
for stratum in sorted(pool):
    order = sorted(pool[stratum], key=lambda i: ticket(task_seed, i))
    print(stratum, order[:sizes[stratum]], "reserve:", order[sizes[stratum]:sizes[stratum] + 1])`);
console.log(`\n# expected:`);
for (const stratum of strata) {
  const chosen = selected.filter((s) => s.stratum === stratum).map((s) => s.id);
  const spare = reserves.filter((s) => s.stratum === stratum).map((s) => s.id);
  console.log(`# ${stratum} ${JSON.stringify(chosen)} reserve: ${JSON.stringify(spare)}`);
}
