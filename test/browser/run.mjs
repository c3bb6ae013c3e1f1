// Loads the ESM build, unchanged, in headless Chromium and performs a draw there.
// The page resolves the library's bare imports (zod, date-fns, …) through an import map
// built from each dependency's package.json "exports", the way a browser bundler-free app would.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
const bare = [...new Set([...bundle.matchAll(/from\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1]))];

function pick(target) {
  if (typeof target === 'string') return target;
  if (target && typeof target === 'object') {
    for (const condition of ['browser', 'import', 'module', 'default']) {
      if (condition in target) {
        const found = pick(target[condition]);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function resolve(specifier) {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = '.' + specifier.slice(name.length);
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  const exportsField = manifest.exports;
  const entry =
    exportsField === undefined
      ? subpath === '.' ? manifest.module ?? manifest.main : subpath
      : pick(typeof exportsField === 'string' || subpath in exportsField === false ? (subpath === '.' ? exportsField : undefined) : exportsField[subpath]);
  if (!entry) throw new Error(`cannot resolve ${specifier} for the browser`);
  return `/node_modules/${name}/${entry.replace(/^\.\//, '')}`;
}

const imports = Object.fromEntries(bare.map((specifier) => [specifier, resolve(specifier)]));
const page = `<!doctype html><meta charset="utf-8"><title>pending</title>
<script type="importmap">${JSON.stringify({ imports })}</script>
<pre id="result">pending</pre>
<script type="module">
import * as lib from '/dist/index.js';
const out = document.getElementById('result');
try {
  const checks = {};
  checks.ticket = lib.ticketNumber('01382438112797316654', 'AB-130') ===
    '0.26299714122838008416507544297546663599715395525154425586041245287750224561854';
  checks.sample = lib.sampleIds(['a', 'b', 'c', 'd'], '31').join('') === 'badc';
  const draw = lib.drawSubjects({ seed: 'browser', taskId: 'T1', pool: Array.from({ length: 100 }, (_, i) => String(i)), size: 5 });
  checks.draw = draw.selected.length === 5 && lib.verifyDraw(draw.record, Array.from({ length: 100 }, (_, i) => String(i))).ok;
  checks.calendar = lib.isWorkingDay('2023-10-07') === true && lib.addWorkingDays('2023-09-28', 1) === '2023-10-07';
  let code;
  try { lib.drawSubjects({ seed: '', taskId: 'T1', pool: ['a'], size: 1 }); } catch (error) { code = error.code; }
  checks.error = code === 'EMPTY_SEED';
  out.textContent = JSON.stringify({ ok: Object.values(checks).every(Boolean), checks, selected: draw.selected.map((s) => s.id) });
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
  const file = join(root, path);
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
