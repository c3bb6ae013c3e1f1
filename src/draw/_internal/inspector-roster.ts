import { ShuangsuijiError } from '../../core/errors.js';
import type { Inspector } from '../../directory/inspector.js';
import { compareCodePoints } from './compare-code-points.js';
import type { InspectorDrawAnnouncement } from '../inspector-announcement.js';
import { sha256Hex } from '../sha256.js';
import { canonicalJson } from './canonical-json.js';

/** The roster manifest text (see inspectorRosterManifest), from parsed inspectors (内部). */
export function manifestOf(inspectors: readonly Inspector[]): string {
  inspectors.forEach((x, i) => {
    if (/[\t\n\r]/.test(x.id) || /[\t\n\r]/.test(x.department)) {
      throw new ShuangsuijiError('INVALID_INPUT', '执法检查人员标识和科室不能含制表符或换行符（名录清单每行一人）', { path: ['inspectors', i, 'id'] });
    }
  });
  // code point order of strings is the UTF-8 byte order
  const lines = [...new Set(inspectors.map((x) => `${x.id}\t${x.department}\n`))].sort(compareCodePoints);
  return lines.join('');
}

/** The directory's declared conflicts, sorted (inspector, subject) (内部). */
export function conflictsOf(inspectors: readonly Inspector[]): { inspectorId: string; subjectId: string }[] {
  return inspectors
    .flatMap((x) => [...new Set(x.conflicts)].map((subjectId) => ({ inspectorId: x.id, subjectId })))
    .sort((a, b) => compareCodePoints(a.inspectorId, b.inspectorId) || compareCodePoints(a.subjectId, b.subjectId));
}

/**
 * Differences between an announcement and a directory and rules (公告核对，内部):
 * the roster commitment and size, the recusal list (as the directory's conflicts), and the rules.
 *
 * @returns `[field, announced, actual]` per difference
 */
export function announcementDifferences(announcement: InspectorDrawAnnouncement, inspectors: readonly Inspector[], rules: unknown): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  const commitment = sha256Hex(manifestOf(inspectors));
  if (commitment !== announcement.roster.commitment) out.push(['announcement.roster.commitment', announcement.roster.commitment, commitment]);
  if (inspectors.length !== announcement.roster.size) out.push(['announcement.roster.size', announcement.roster.size, inspectors.length]);
  const announced = announcement.recusals.map((r) => `${r.inspectorId}/${r.subjectId}`);
  const actual = conflictsOf(inspectors).map((c) => `${c.inspectorId}/${c.subjectId}`);
  for (const extra of actual.filter((c) => !announced.includes(c))) out.push(['announcement.recusals', null, extra]);
  for (const gone of announced.filter((c) => !actual.includes(c))) out.push(['announcement.recusals', gone, null]);
  const announcedRules = canonicalJson(announcement.rules);
  const actualRules = canonicalJson(rules);
  if (announcedRules !== actualRules) out.push(['announcement.rules', announcedRules, actualRules]);
  return out;
}
