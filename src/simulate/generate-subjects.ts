import { parseInput } from '../core/parse-input.js';
import type { RiskClass } from '../core/risk-class.js';
import type { Subject, SubjectStatus } from '../directory/subject.js';
import { GenerateSubjectsOptionsSchema, type GenerateSubjectsOptions, type GenerateSubjectsOptionsInput } from './generate-options.js';
import { createPrng } from './prng.js';
import { createSubjectCodeFactory, USCC_BODY_CHARSET, type CodedKind } from './subject-code-factory.js';
import { SYNTHETIC_DISTRICT, gridName, stationOf } from './synthetic-district.js';
import { composeSubjectName } from './synthetic-names.js';
import { SYNTHETIC_RISK_RATES } from './synthetic-risk-rates.js';
import { SYNTHETIC_SUBJECT_SHARES } from './synthetic-subject-shares.js';
import { SYNTHETIC_TAG_RATES } from './synthetic-tag-rates.js';
import { createWeightedTable, drawFromTable, type WeightedTable } from './weighted-table.js';

/**
 * Generates a synthetic subject directory lazily (合成检查对象名录，流式): a seeded district with
 * realistic shares of kinds, tags, risk classes and statuses (see {@link SYNTHETIC_SUBJECT_SHARES},
 * {@link SYNTHETIC_TAG_RATES}, {@link SYNTHETIC_RISK_RATES}), each subject with a valid unified
 * social credit code — `91` enterprise, `92` individual business, `93` farmer cooperative, then
 * the division code — or, for about 5 % of individual businesses, a valid 15-digit 注册号. The id
 * is the code; ids are unique by construction. Memory stays constant, so 10 M subjects stream.
 *
 * Deterministic: the same options give the same subjects in every environment (seedrandom's
 * Alea), and the first `n` subjects do not depend on `size`. For simulations and benchmarks only.
 *
 * @param options - `{ seed, size, mix?, region? }`, see {@link GenerateSubjectsOptionsSchema}
 * @returns a generator of subjects in the output shape of `SubjectSchema`
 * @throws {ShuangsuijiError} `EMPTY_SEED` (path `['seed']`); `INVALID_INPUT` for a bad size
 *   (path `['size']`), a mix not summing to 1 (path `['mix']`) or a bad region (path `['region']`).
 *   Options are checked on the call, before the first subject.
 *
 * @example
 * ```ts
 * const subjects = [...generateSubjects({ seed: 'demo', size: 3 })];
 * subjects.map((s) => s.id); //=> ['91330303E4AWCFB9BF', '92330303TG28UXE33K', '91330303NM05RTLG3R']
 * subjects.every((s) => isValidUscc(s.id)); //=> true
 * let enterprises = 0;
 * // one subject at a time: a province-sized directory is never held in memory at once
 * for (const s of generateSubjects({ seed: 'demo', size: 100_000 })) if (s.kind === 'enterprise') enterprises += 1;
 * ```
 */
export function generateSubjects(options: GenerateSubjectsOptionsInput): Generator<Subject> {
  const parsed = parseInput(GenerateSubjectsOptionsSchema, options, 'INVALID_INPUT', '合成名录参数');
  return subjectStream(parsed);
}

type Kind = CodedKind;
type TagId = keyof typeof SYNTHETIC_TAG_RATES;
type DomainId = keyof typeof SYNTHETIC_RISK_RATES.domains;

const TAG_IDS = /* @__PURE__ */ Object.keys(SYNTHETIC_TAG_RATES) as TagId[];
/** Tag rates per kind in {@link TAG_IDS} order, read once so the hot loop indexes arrays. */
const TAG_RATES: Readonly<Record<Kind, readonly number[]>> = {
  enterprise: TAG_IDS.map((tag) => SYNTHETIC_TAG_RATES[tag].enterprise),
  individual: TAG_IDS.map((tag) => SYNTHETIC_TAG_RATES[tag].individual),
  cooperative: TAG_IDS.map((tag) => SYNTHETIC_TAG_RATES[tag].cooperative),
};
const DOMAIN_IDS = /* @__PURE__ */ Object.keys(SYNTHETIC_RISK_RATES.domains) as DomainId[];
/** For each domain, the bit mask of its tags' positions in {@link TAG_IDS} (18 tags < 31 bits). */
const DOMAIN_MASKS = /* @__PURE__ */ DOMAIN_IDS.map((domain) =>
  SYNTHETIC_RISK_RATES.domains[domain].tags.reduce((mask, tag) => mask | (1 << TAG_IDS.indexOf(tag)), 0),
);
const DOMAIN_SHARES = /* @__PURE__ */ DOMAIN_IDS.map((domain) => SYNTHETIC_RISK_RATES.domains[domain].share);
const STATUS_TABLE = /* @__PURE__ */ (() => createWeightedTable(Object.entries(SYNTHETIC_SUBJECT_SHARES.statuses) as [SubjectStatus, number][]))();
const GENERAL_TABLE = /* @__PURE__ */ classTable(SYNTHETIC_RISK_RATES.general);
const DOMAIN_TABLES = /* @__PURE__ */ DOMAIN_IDS.map((domain) => classTable(SYNTHETIC_RISK_RATES.domains[domain].classes));
const STREETS = SYNTHETIC_DISTRICT.streets;
const STATIONS = /* @__PURE__ */ STREETS.map(stationOf);
const GRIDS = /* @__PURE__ */ STREETS.map((street) => Array.from({ length: SYNTHETIC_DISTRICT.gridsPerStreet }, (_, i) => gridName(street, i + 1)));

function classTable(shares: Readonly<Record<RiskClass, number>>): WeightedTable<RiskClass> {
  return createWeightedTable(Object.entries(shares) as [RiskClass, number][]);
}

function* subjectStream(options: GenerateSubjectsOptions): Generator<Subject> {
  const prng = createPrng(`${options.seed}/subjects`);
  const codes = createSubjectCodeFactory(options.seed, options.region);
  const mix = options.mix ?? SYNTHETIC_SUBJECT_SHARES.kinds;
  const kindTable = createWeightedTable<Kind>([
    ['enterprise', mix.enterprise ?? 0],
    ['individual', mix.individual ?? 0],
    ['cooperative', mix.cooperative ?? 0],
  ]);
  const next = prng.next;
  let legacy = 0;

  for (let index = 0; index < options.size; index += 1) {
    const kind = drawFromTable(kindTable, next());
    let id: string | undefined;
    if (kind === 'individual' && next() < SYNTHETIC_SUBJECT_SHARES.legacyRegistrationNumber) {
      id = codes.registrationNumber(legacy);
      legacy += 1;
    }
    if (id === undefined) {
      const lead = charAt(next()) + charAt(next()) + charAt(next());
      id = codes.uscc(index, kind, lead);
    }
    const status = drawFromTable(STATUS_TABLE, next());
    const street = Math.floor(next() * STREETS.length);
    const grid = Math.floor(next() * SYNTHETIC_DISTRICT.gridsPerStreet);

    const tags: string[] = [];
    const rates = TAG_RATES[kind];
    let tagMask = 0;
    for (let t = 0; t < rates.length; t += 1) {
      const rate = rates[t] as number;
      if (rate > 0 && next() < rate) {
        tags.push(TAG_IDS[t] as string);
        tagMask |= 1 << t;
      }
    }

    const riskClass = next() < SYNTHETIC_RISK_RATES.classified[kind] ? drawFromTable(GENERAL_TABLE, next()) : undefined;
    const domainRiskClasses: Record<string, RiskClass> = {};
    for (let d = 0; d < DOMAIN_IDS.length; d += 1) {
      if ((tagMask & (DOMAIN_MASKS[d] as number)) === 0 || next() >= (DOMAIN_SHARES[d] as number)) continue;
      domainRiskClasses[DOMAIN_IDS[d] as string] =
        riskClass !== undefined && next() < SYNTHETIC_RISK_RATES.sameAsGeneral
          ? riskClass
          : drawFromTable(DOMAIN_TABLES[d] as WeightedTable<RiskClass>, next());
    }

    const streetName = STREETS[street] as string;
    const subject: Subject = {
      id,
      uscc: id,
      name: composeSubjectName(prng, kind, tags, streetName),
      kind,
      status,
      region: streetName,
      grid: (GRIDS[street] as string[])[grid] as string,
      unit: STATIONS[street] as string,
      tags,
      domainRiskClasses,
    };
    if (riskClass !== undefined) subject.riskClass = riskClass;
    yield subject;
  }
}

function charAt(u: number): string {
  return USCC_BODY_CHARSET[Math.floor(u * 31)] as string;
}
