// `npm run check:bundles` (after the front ends are built): the JavaScript each app loads before
// its first screen, gzip-compressed, against its budget (issue 12: console < 250 KB, portal
// < 200 KB). The rest loads later, on demand, and is listed apart. Exits 1 over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = { 'operator-console': 250_000, 'client-portal': 200_000 };
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

let over = false;
for (const [app, budget] of Object.entries(BUDGETS)) {
  const dir = join('dist/apps', app);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // The entry script and the chunks it preloads: what runs before the first screen.
  const initial = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="[^"]*\/(assets\/[^"]+\.js)"/g,
      ),
    ].map((m) => m[1]),
  );
  const files = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const path = `assets/${f}`;
      return { path, gzip: gzipSync(readFileSync(join(dir, path)), { level: 9 }).length };
    });
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  const first = files.filter((f) => initial.has(f.path));
  const later = files.filter((f) => !initial.has(f.path));
  const total = sum(first);
  console.log(
    `${app}: ${kb(total)} before the first screen (budget ${kb(budget)}), ${kb(sum(later))} on demand`,
  );
  for (const f of first.sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
  if (total > budget) {
    console.log(`  over budget by ${kb(total - budget)}`);
    over = true;
  }
}
process.exit(over ? 1 : 0);
