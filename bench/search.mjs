// Called by bench/search.sh: node bench/search.mjs SITE_DIR RUNS QUERY...
// Serves SITE_DIR on 127.0.0.1 with gzip (as static hosts do), then, per query and run, opens
// the home page in a fresh browser context (cold cache), types the query into the header box
// and waits for the result list. Records every request the query makes (bytes as sent,
// gzip) and the times: keystroke -> results shown, and last index byte -> results shown.
import { createRequire } from 'module';
import { createServer } from 'http';
import { readFileSync, statSync } from 'fs';
import { join, normalize, extname } from 'path';
import { gzipSync } from 'zlib';
const require = createRequire(process.env.NODE_PATH + '/');
const puppeteer = require('puppeteer-core');

const [root, runsArg, ...queries] = process.argv.slice(2);
const runs = Number(runsArg);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml' };
const gz = new Map();
let log = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(root, path));
  try { if (statSync(file).isDirectory()) { file = join(file, 'index.html'); } } catch { /* 404 below */ }
  let body;
  try { body = readFileSync(file); } catch { res.writeHead(404); res.end(); log.push({ path, bytes: 0, status: 404 }); return; }
  if (!gz.has(file)) { gz.set(file, gzipSync(body, { level: 6 })); }
  const zipped = gz.get(file);
  res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream',
    'Content-Encoding': 'gzip', 'Content-Length': zipped.length, 'Cache-Control': 'no-cache' });
  res.end(zipped);
  log.push({ path, bytes: zipped.length, raw: body.length, status: 200 });
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: process.env.CHROME, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
try {
  for (const query of queries) {
    const total = [], after = [], bytes = [], files = [];
    let results = '';
    for (let run = 0; run < runs; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('pageerror', e => { throw e; });
      await page.goto(base + '/index.html', { waitUntil: 'load' });
      log = [];
      const r = await page.evaluate(async (q) => {
        const input = document.getElementById('cairn_search_input');
        const status = document.getElementById('cairn_search_status');
        const done = new Promise(res => new MutationObserver((m, o) => { if (status.textContent) { o.disconnect(); res(); } })
          .observe(status, { childList: true, characterData: true, subtree: true }));
        const t0 = performance.now();
        input.focus();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        await done;
        const t1 = performance.now();
        const lastByte = Math.max(...performance.getEntriesByType('resource')
          .filter(e => e.name.includes('/search/') && e.startTime >= t0 - 1).map(e => e.responseEnd));
        return { total: t1 - t0, after: t1 - lastByte, status: status.textContent };
      }, query);
      const searchFiles = log.filter(l => l.path.startsWith('/search/'));
      if (searchFiles.some(l => l.status !== 200)) { throw new Error('failed request: ' + JSON.stringify(searchFiles)); }
      total.push(r.total); after.push(r.after);
      bytes.push(searchFiles.reduce((n, l) => n + l.bytes, 0));
      files.push(searchFiles.length);
      results = r.status;
      await context.close();
    }
    rows.push({ query, results, files: median(files), kb: median(bytes) / 1024, total: median(total), after: median(after),
      worst: Math.max(...total) });
  }
} finally {
  await browser.close();
  server.close();
}
console.log('| query | results | files fetched | KB transferred (gzip) | keystroke → results, ms (median) | last byte → results, ms | slowest run, ms |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| \`${r.query}\` | ${r.results.replace(/,.*$/, '').replace(/\.$/, '')} | ${r.files} | ${r.kb.toFixed(1)} | ${r.total.toFixed(0)} | ${r.after.toFixed(0)} | ${r.worst.toFixed(0)} |`);
}
