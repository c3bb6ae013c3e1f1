// Loads the ESM build, unchanged and unbundled, in headless Chromium: the page is README's browser
// example (its import map and module script, verbatim, with the package served at
// /node_modules/shuangsuiji/), followed by checks of a draw, the calendar and errors there.
// Every bare import of dist/ must be in README's import map, so the example cannot fall behind.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const builtFiles = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
const bare = [...new Set(builtFiles.flatMap((file) =>
  [...readFileSync(join(root, 'dist', file), 'utf8').matchAll(/(?:from|import)\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1])))];

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
if (example === undefined) throw new Error('README.md has no ```html browser example');
const importMap = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(example)?.[1] ?? '{}');
const missing = bare.filter((specifier) => !(specifier in (importMap.imports ?? {})));
if (missing.length > 0) {
  console.log(`browser test FAILED: README's import map lacks ${missing.join(', ')}, which dist/ imports`);
  process.exit(1);
}

const page = `<!doctype html><meta charset="utf-8"><title>pending</title>
${example}
<pre id="result">pending</pre>
<script type="module">
import * as lib from 'shuangsuiji';
import { isWorkingDay } from 'shuangsuiji/calendar';
const out = document.getElementById('result');
try {
  const checks = {};
  checks.readmeExample = await new Promise((done) => {
    const read = () => document.getElementById('out')?.textContent ?? '';
    const wait = (n) => (read() !== '' || n === 0 ? done(read()) : setTimeout(() => wait(n - 1), 50));
    wait(100);
  });
  checks.readmeExample = JSON.parse(checks.readmeExample);
  checks.readme = checks.readmeExample.verified === true && checks.readmeExample.workingDay === true && checks.readmeExample.selected.length === 2;
  checks.ticket = lib.ticketNumber('01382438112797316654', 'AB-130') ===
    '0.26299714122838008416507544297546663599715395525154425586041245287750224561854';
  checks.sample = lib.sampleIds(['a', 'b', 'c', 'd'], '31').join('') === 'badc';
  const draw = lib.drawSubjects({ seed: 'browser', taskId: 'T1', pool: Array.from({ length: 100 }, (_, i) => String(i)), size: 5 });
  checks.draw = draw.selected.length === 5 && lib.verifyDraw(draw.record, Array.from({ length: 100 }, (_, i) => String(i))).ok;
  checks.calendar = isWorkingDay('2023-10-07') === true && lib.addWorkingDays('2023-09-28', 1) === '2023-10-07' && isWorkingDay === lib.isWorkingDay;
  let caught;
  try { lib.drawSubjects({ seed: '', taskId: 'T1', pool: ['a'], size: 1 }); } catch (error) { caught = error; }
  checks.error = lib.isShuangsuijiError(caught, 'EMPTY_SEED') && caught.path[0] === 'seed';
  const { readmeExample, ...rest } = checks;
  out.textContent = JSON.stringify({ ok: Object.values(rest).every(Boolean), checks: rest, readmeExample });
} catch (error) {
  out.textContent = JSON.stringify({ ok: false, error: String(error && error.stack || error) });
}
</script>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/' || path === '/index.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
    return;
  }
  // README's example serves the package from node_modules/shuangsuiji/: here, this work tree.
  const file = path.startsWith('/node_modules/shuangsuiji/') ? join(root, path.slice('/node_modules/shuangsuiji/'.length)) : join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});

await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${join(root, '.pack', 'chromium-profile')}`, '--virtual-time-budget=20000', '--dump-dom'];
let dom = '';
try {
  dom = await new Promise((done, fail) => {
    import('node:child_process').then(({ execFile }) =>
      execFile('chromium', [...flags, `http://127.0.0.1:${port}/`], { timeout: 120_000, maxBuffer: 8 << 20 }, (error, stdout) =>
        error ? fail(error) : done(stdout)));
  });
} finally {
  server.close();
}
const match = /<pre id="result">([\s\S]*?)<\/pre>/.exec(dom);
const text = match ? match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : '';
let result;
try { result = JSON.parse(text); } catch { result = { ok: false, error: `no result in the page: ${text.slice(0, 500)}` }; }
console.log('browser:', JSON.stringify(result));
console.log(result.ok ? 'browser test passed' : 'browser test FAILED');
process.exit(result.ok ? 0 : 1);
