import { addDays } from 'date-fns';
import { civilToDate, dateToCivil, type CivilDate } from '../core/civil-date.js';
import type { Inspector } from '../directory/inspector.js';
import { allocateInspectors } from './inspector-allocation.js';
import { createPrng } from './prng.js';
import { SYNTHETIC_DEPARTMENTS } from './synthetic-departments.js';
import { SYNTHETIC_DISTRICT } from './synthetic-district.js';
import { composePersonName } from './synthetic-names.js';

/** Share of inspectors not in service (不在岗). */
const INACTIVE_SHARE = 0.03;
/** Share of certificates already expired on `asOf`, and share expiring within 90 days of it. */
const EXPIRED_SHARE = 0.03;
const EXPIRING_SHARE = 0.07;
/** Share of inspectors with one or two 回避 subjects. */
const CONFLICT_SHARE = 0.05;

/**
 * Generates the synthetic inspector directory (合成执法检查人员名录库), internal to
 * `generateDirectory`: inspectors `I00001` … shared among {@link SYNTHETIC_DEPARTMENTS}, with
 * qualifications by department, certificate validity around `asOf` (≈3 % expired, ≈7 % within
 * 90 days, the rest 91 days to 5 years ahead), ≈5 % with 回避 subjects picked from `subjectIds`, and
 * ≈3 % inactive. Options are already validated.
 *
 * @param seed - the directory seed
 * @param total - number of inspectors
 * @param asOf - the date validity is reckoned from
 * @param subjectIds - ids conflicts are picked from (none when empty)
 * @returns inspectors in the output shape of `InspectorSchema`
 *
 * @example
 * ```ts
 * const inspectors = generateInspectors('demo', 22, '2023-02-24', []);
 * inspectors.length; //=> 22
 * inspectors[0].department; //=> '信用监管科'
 * ```
 */
export function generateInspectors(seed: string, total: number, asOf: CivilDate, subjectIds: readonly string[]): Inspector[] {
  const prng = createPrng(`${seed}/inspectors`);
  const counts = allocateInspectors(
    total,
    SYNTHETIC_DEPARTMENTS.map((department) => department.weight),
  );
  const start = civilToDate(asOf);
  const width = Math.max(5, String(total).length);
  const inspectors: Inspector[] = [];
  SYNTHETIC_DEPARTMENTS.forEach((department, d) => {
    for (let k = 0; k < (counts[d] as number); k += 1) {
      const id = `I${String(inspectors.length + 1).padStart(width, '0')}`;
      const name = composePersonName(prng);
      const active = prng.next() >= INACTIVE_SHARE;
      const u = prng.next();
      const offset =
        u < EXPIRED_SHARE ? -1 - prng.int(365) : u < EXPIRED_SHARE + EXPIRING_SHARE ? prng.int(90) : 91 + prng.int(5 * 365 - 91);
      const qualifications = Object.entries(department.qualifications)
        .filter(([, share]) => prng.next() < share)
        .map(([qualification]) => qualification)
        .sort();
      const conflicts: string[] = [];
      if (prng.next() < CONFLICT_SHARE && subjectIds.length > 0) {
        const wanted = 1 + prng.int(2);
        for (let c = 0; c < wanted; c += 1) {
          const subjectId = prng.pick(subjectIds);
          if (!conflicts.includes(subjectId)) conflicts.push(subjectId);
        }
      }
      inspectors.push({
        id,
        name,
        department: department.name,
        unit: SYNTHETIC_DISTRICT.bureau,
        active,
        certificateValidUntil: dateToCivil(addDays(start, offset)),
        qualifications,
        conflicts,
        regions: [...department.regions],
      });
    }
  });
  return inspectors;
}
