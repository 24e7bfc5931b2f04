// Reads Lighthouse JSON reports (name = PAGE.FORM.json) and prints a Markdown table of the
// four category scores; exits 1 if any is below its target.
//   node table.mjs DIR
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const dir = process.argv[2];
const targets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const rows = [];
let failed = false;
for (const name of readdirSync(dir).filter(n => n.endsWith('.json')).sort()) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const [page, form] = name.replace(/\.json$/, '').split('.');
  const cells = Object.keys(targets).map(id => {
    const score = Math.round(report.categories[id].score * 100);
    const ok = score >= targets[id];
    failed ||= !ok;
    return ok ? String(score) : `**${score}** (< ${targets[id]})`;
  });
  const audits = report.audits;
  const lcp = (audits['largest-contentful-paint'].numericValue / 1000).toFixed(1) + ' s';
  const cls = audits['cumulative-layout-shift'].numericValue.toFixed(3);
  const low = Object.values(report.categories).flatMap(c => c.auditRefs)
    .map(r => audits[r.id]).filter(a => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
      && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map(a => a.id);
  rows.push(`| ${page} | ${form} | ${cells.join(' | ')} | ${lcp} | ${cls} | ${[...new Set(low)].join(', ')} |`);
}
console.log('| page | form | Performance | Accessibility | Best Practices | SEO | LCP | CLS | audits below 90 |');
console.log('|---|---|---|---|---|---|---|---|---|');
rows.forEach(r => console.log(r));
process.exit(failed ? 1 : 0);
