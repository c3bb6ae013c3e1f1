import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  createInspectorDrawAnnouncement,
  drawInspectors,
  inspectorAnnouncementDigest,
  inspectorRosterManifest,
  sha256Hex,
  verifyInspectorDraw,
} from '../../src/draw/index.js';

// Issue 12, last bullet: the inspector draw is announced before the seed (roster, 回避 list, rules,
// seed source); a change after the seed is reported.

const inspectors = [
  { id: 'I1', name: '甲', department: '一所' },
  { id: 'I2', name: '乙', department: '一所', conflicts: ['S1'] },
  { id: 'I3', name: '丙', department: '一所' },
  { id: 'I4', name: '丁', department: '二所' },
  { id: 'I5', name: '戊', department: '二所' },
];
const visits = [
  { id: 'V1', subjectId: 'S1', departments: ['一所'] },
  { id: 'V2', subjectId: 'S2', departments: ['一所', '二所'] },
  { id: 'V3', subjectId: 'S3', departments: ['二所'] },
];
const rules = { perSubject: 2, balance: 'min-max-load' as const };
const announcement = createInspectorDrawAnnouncement({
  inspectors,
  rules,
  recusals: [{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属在该企业任职' }],
  announcedOn: '2024-03-01',
  seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'], ceremony: '3月5日上午掷骰 20 次' },
});
const SEED = '2024-03-05 掷骰 31415926535897932384';
const drawn = drawInspectors({ seed: SEED, visits, inspectors, rules, announcement });
const fieldsOf = (directory: typeof inspectors, record = drawn.record) =>
  verifyInspectorDraw(record, directory, { announcement, publicSeed: SEED }).differences.map((d) => d.field);

describe('inspector draw announcement (issue 12)', () => {
  it('commits to the byte-sorted unique roster manifest a witness reproduces with sort -u | sha256sum', () => {
    const manifest = inspectorRosterManifest([...inspectors].reverse());
    expect(manifest).toBe('I1\t一所\nI2\t一所\nI3\t一所\nI4\t二所\nI5\t二所\n');
    expect(announcement.roster).toEqual({ commitment: sha256Hex(manifest), size: 5 });
    const shuffled = 'I4\t二所\nI1\t一所\nI5\t二所\nI3\t一所\nI2\t一所\nI1\t一所\n';
    const sorted = execFileSync('sort', ['-u'], { input: shuffled, env: { LC_ALL: 'C' } }).toString();
    expect(sorted).toBe(manifest);
    expect(announcement.recusals).toEqual([{ inspectorId: 'I2', subjectId: 'S1', reason: '近亲属在该企业任职' }]);
  });

  it('the honest draw verifies with fairness checked; without the announcement fairness is not checked', () => {
    expect(drawn.record.announcementDigest).toBe(inspectorAnnouncementDigest(announcement));
    expect(verifyInspectorDraw(drawn.record, inspectors, { announcement, publicSeed: SEED })).toEqual({
      ok: true,
      differences: [],
      fairness: 'checked',
      fairnessNote: '已对照事先公布的选派公告核对名录、回避名单和选派规则',
    });
    const binding = verifyInspectorDraw(drawn.record, inspectors);
    expect(binding.ok).toBe(true);
    expect(binding.fairness).toBe('not-checked');
    expect(binding.fairnessNote).toMatch(/未提供选派公告/);
  });

  it('attack: an inspector added to the roster after the seed', () => {
    const added = [...inspectors, { id: 'I6', name: '己', department: '一所' }];
    expect(fieldsOf(added).slice(0, 2)).toEqual(['announcement.roster.commitment', 'announcement.roster.size']);
    expect(() => drawInspectors({ seed: SEED, visits, inspectors: added, rules, announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['announcement', 'roster', 'commitment'] }),
    );
  });

  it('attack: an inspector removed from the roster after the seed', () => {
    const removed = inspectors.filter((x) => x.id !== 'I3');
    expect(fieldsOf(removed).slice(0, 2)).toEqual(['announcement.roster.commitment', 'announcement.roster.size']);
  });

  it('attack: a department changed after the seed changes the commitment, not the size', () => {
    const moved = inspectors.map((x) => (x.id === 'I3' ? { ...x, department: '二所' } : x));
    expect(fieldsOf(moved)[0]).toBe('announcement.roster.commitment');
    expect(fieldsOf(moved)).not.toContain('announcement.roster.size');
  });

  it('attack: a recusal (回避) added after the seed', () => {
    const recused = inspectors.map((x) => (x.id === 'I3' ? { ...x, conflicts: ['S2'] } : x));
    const result = verifyInspectorDraw(drawn.record, recused, { announcement });
    expect(result.differences.find((d) => d.field === 'announcement.recusals')).toEqual({ field: 'announcement.recusals', recorded: null, recomputed: 'I3/S2' });
    expect(() => drawInspectors({ seed: SEED, visits, inspectors: recused, rules, announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['announcement', 'recusals'] }),
    );
  });

  it('attack: the rules changed after the seed', () => {
    const changed = drawInspectors({ seed: SEED, visits, inspectors, rules: { perSubject: 2 } }).record;
    const forged = { ...changed, announcementDigest: drawn.record.announcementDigest! };
    expect(fieldsOf(inspectors, forged)).toContain('announcement.rules');
    expect(() => drawInspectors({ seed: SEED, visits, inspectors, rules: { perSubject: 3 }, announcement })).toThrow(
      expect.objectContaining({ code: 'ANNOUNCEMENT_MISMATCH', path: ['announcement', 'rules'] }),
    );
  });

  it('attack: a record drawn under another announcement, or with another seed', () => {
    const other = { ...announcement, announcedOn: '2024-03-06' };
    expect(verifyInspectorDraw(drawn.record, inspectors, { announcement: other }).differences.map((d) => d.field)).toEqual(['announcementDigest']);
    const reseeded = drawInspectors({ seed: 'another seed', visits, inspectors, rules, announcement }).record;
    expect(fieldsOf(inspectors, reseeded)).toEqual(['seed']);
  });

  it('refuses an announcement whose recusals do not match the directory', () => {
    expect(() =>
      createInspectorDrawAnnouncement({ inspectors, rules, recusals: [], announcedOn: '2024-03-01', seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['recusals'], details: { missing: ['I2/S1'] } }));
    expect(() =>
      createInspectorDrawAnnouncement({
        inspectors,
        rules,
        recusals: [
          { inspectorId: 'I2', subjectId: 'S1', reason: '近亲属' },
          { inspectorId: 'I1', subjectId: 'S9', reason: '曾任职' },
        ],
        announcedOn: '2024-03-01',
        seedSource: { kind: 'public-dice', witnesses: ['公证员 王某', '商户代表 李某'] },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['recusals'], details: { unknown: ['I1/S9'] } }));
  });
});
