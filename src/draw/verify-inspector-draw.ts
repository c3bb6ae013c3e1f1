import { isShuangsuijiError } from '../core/errors.js';
import { parseInput } from '../core/parse-input.js';
import type { InspectorInput } from '../directory/inspector.js';
import { drawInspectors } from './draw-inspectors.js';
import { InspectorDrawRecordSchema, type InspectorDrawRecord } from './inspector-draw-record.js';
import { sha256Hex } from './sha256.js';
import type { DrawDifference, DrawVerification } from './verify-draw.js';

/**
 * Verifies an inspector-draw record against the inspector directory (复核选派记录): checks the
 * seed commitment, redraws with the record's seed, visits and rules, and compares the directory
 * digest and every assignment (ids, order, tickets, reasons). Never throws on a mismatch; a
 * directory that cannot staff a recorded visit is a difference on `inspectors`.
 *
 * @param record - the record (untrusted JSON)
 * @param inspectors - the inspector directory the draw claims to be from
 * @returns `{ ok, differences }`
 * @throws {ShuangsuijiError} `INVALID_RECORD` for a malformed record; `INVALID_INPUT` for a
 *   malformed directory
 *
 * @example
 * ```ts
 * const { record } = drawInspectors({ seed: '31', visits, inspectors });
 * verifyInspectorDraw(record, inspectors).ok; //=> true
 * ```
 */
export function verifyInspectorDraw(record: InspectorDrawRecord, inspectors: readonly InspectorInput[]): DrawVerification {
  const parsed = parseInput(InspectorDrawRecordSchema, record, 'INVALID_RECORD', '选派记录');
  const differences: DrawDifference[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (a !== b) differences.push({ field, recorded: a, recomputed: b });
  };
  push('seedCommitment', parsed.seedCommitment, sha256Hex(parsed.seed));
  let recomputed: InspectorDrawRecord;
  try {
    recomputed = drawInspectors({ seed: parsed.seed, visits: parsed.visits, inspectors, rules: parsed.rules }).record;
  } catch (error) {
    if (!isShuangsuijiError(error, 'INSUFFICIENT_INSPECTORS')) throw error;
    differences.push({ field: 'inspectors', recorded: '名录库应能复现记录', recomputed: `${error.code}: ${error.message}` });
    return { ok: false, differences };
  }
  push('inspectorsDigest', parsed.inspectorsDigest, recomputed.inspectorsDigest);
  push('assignments.length', parsed.assignments.length, recomputed.assignments.length);
  parsed.assignments.forEach((assignment, i) => {
    const other = recomputed.assignments[i];
    push(`assignments[${i}].visitId`, assignment.visitId, other?.visitId);
    push(`assignments[${i}].visitSeed`, assignment.visitSeed, other?.visitSeed);
    push(`assignments[${i}].inspectors.length`, assignment.inspectors.length, other?.inspectors.length);
    assignment.inspectors.forEach((inspector, j) => {
      for (const key of ['id', 'ticket', 'reason'] as const) {
        push(`assignments[${i}].inspectors[${j}].${key}`, inspector[key], other?.inspectors[j]?.[key]);
      }
    });
  });
  return { ok: differences.length === 0, differences };
}
