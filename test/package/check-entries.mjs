// Loads every entry point of the built package — `shuangsuiji` and each `shuangsuiji/<module>` of
// package.json "exports" — through Node's own resolution, with import() and with require(), and checks:
//   - each subpath gives the same names through import and require, and the root gives them all;
//   - within one format there is one copy: shuangsuiji/draw's drawSubjects is shuangsuiji's;
//   - across the formats (the dual-package hazard: an app that loads both), each copy's
//     isShuangsuijiError and instanceof recognise the other copy's errors;
//   - a few answers are right through every subpath.
// Run by CI in the work tree after `npm run build` (self-reference) and by test/package/consumer.sh
// in a fresh project that installed the packed tarball. Prints one line per check; exits 1 on failure.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = require('shuangsuiji/package.json');
const subpaths = Object.keys(manifest.exports).filter((key) => !key.includes('*') && !key.endsWith('.json'));
let failures = 0;
const check = (ok, message) => {
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

const rootEsm = await import('shuangsuiji');
const rootCjs = require('shuangsuiji');
const names = (module) => Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule').sort();
check(names(rootEsm).join() === names(rootCjs).join(), `shuangsuiji: import and require give the same ${names(rootEsm).length} names`);

const union = new Set();
for (const subpath of subpaths.filter((key) => key !== '.' && key !== './package.json')) {
  const specifier = `shuangsuiji/${subpath.slice(2)}`;
  const esm = await import(specifier);
  const cjs = require(specifier);
  const exported = names(esm);
  for (const name of exported) union.add(name);
  check(exported.length > 0 && exported.join() === names(cjs).join(), `${specifier}: import and require give the same ${exported.length} names`);
  check(exported.every((name) => esm[name] === rootEsm[name]), `${specifier}: import gives the very objects of import('shuangsuiji')`);
  check(exported.every((name) => cjs[name] === rootCjs[name]), `${specifier}: require gives the very objects of require('shuangsuiji')`);
}
check([...union].sort().join() === names(rootEsm).join(), `the subpaths together export exactly the root's ${union.size} names`);

// The dual-package hazard: two copies of the library, one per format.
const { drawSubjects: drawEsm } = await import('shuangsuiji/draw');
const { isShuangsuijiError: isEsm, ShuangsuijiError: ErrorEsm } = await import('shuangsuiji/core');
const { drawSubjects: drawCjs } = require('shuangsuiji/draw');
const { isShuangsuijiError: isCjs, ShuangsuijiError: ErrorCjs } = require('shuangsuiji/core');
const thrown = (draw) => {
  try {
    draw({ seed: '', taskId: 'T1', pool: ['a'], size: 1 });
  } catch (error) {
    return error;
  }
  return undefined;
};
const fromEsm = thrown(drawEsm);
const fromCjs = thrown(drawCjs);
check(ErrorEsm !== ErrorCjs && Object.getPrototypeOf(fromCjs) !== ErrorEsm.prototype, 'the ESM and CommonJS builds are two copies (two ShuangsuijiError classes)');
check(isEsm(fromCjs, 'EMPTY_SEED') && isCjs(fromEsm, 'EMPTY_SEED'), "each copy's isShuangsuijiError recognises the other copy's error");
check(fromCjs instanceof ErrorEsm && fromEsm instanceof ErrorCjs, "each copy's instanceof ShuangsuijiError recognises the other copy's error");
check(!isEsm(new Error('x')) && !isCjs(new Error('x')), 'neither takes a plain Error for one');

// Right answers through the subpaths, in both formats.
const ticket = '0.26299714122838008416507544297546663599715395525154425586041245287750224561854';
for (const [format, load] of [['import', (s) => import(s)], ['require', async (s) => require(s)]]) {
  const calendar = await load('shuangsuiji/calendar');
  const draw = await load('shuangsuiji/draw');
  const plan = await load('shuangsuiji/plan');
  const presets = await load('shuangsuiji/presets');
  const pool = ['a', 'b', 'c', 'd'];
  const { record } = draw.drawSubjects({ seed: '31', taskId: 'T1', pool, size: 2 });
  check(
    calendar.isWorkingDay('2023-10-07') === true &&
      draw.ticketNumber('01382438112797316654', 'AB-130') === ticket &&
      draw.verifyDraw(record, pool).ok === true &&
      plan.issueDeadline(2023, 10, { policy: presets.zhejiang2023 }) === '2023-10-07' &&
      plan.validatePlan(presets.longwan2023SamplePlan, { catalogue: presets.zhejiang2023Catalogue, policy: presets.zhejiang2023 }).filter((f) => f.severity === 'error').length === 0,
    `${format}: calendar, draw, plan and presets subpaths give the right answers`,
  );
}

console.log(failures === 0 ? `entry points: ${subpaths.length} checked, all ok` : `entry points: ${failures} check(s) FAILED`);
process.exit(failures === 0 ? 0 : 1);
