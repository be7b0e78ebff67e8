// `npm run check:bundles` (after the front ends are built; CI runs it): the JavaScript each app
// loads before its first screen, gzip-compressed, against its budget (issue 12: console
// < 250 KB, portal < 200 KB). The rest loads later, on demand, and is listed apart. Then the
// portal's whole build, lazy chunks included, must name none of the console's GraphQL
// operations. Exits 1 on either failure.
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
// The console library's operations (its own documents; the shared library's are both apps').
const consoleOperations = readdirSync('libs/web-console/src', { recursive: true })
  .filter((file) => file.endsWith('documents.ts'))
  .flatMap((file) =>
    [
      ...readFileSync(join('libs/web-console/src', file), 'utf8').matchAll(
        /\b(?:query|mutation|subscription)\s+(\w+)\s*[({]/g,
      ),
    ].map((m) => m[1]),
  );
const portalCode = readdirSync('dist/apps/client-portal/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join('dist/apps/client-portal/assets', f), 'utf8'))
  .join('\n');
// As the document map's key (`query Name(`) or as the parsed operation's name; a type of the
// same name (`on ClientCompany` in a fragment) is no operation.
const q = '[`"\']';
const leaked = consoleOperations.filter((name) =>
  new RegExp(
    `(?:query|mutation|subscription) ${name}\\b|kind:\\s*${q}OperationDefinition${q},\\s*operation:\\s*${q}\\w+${q},\\s*name:\\s*\\{\\s*kind:\\s*${q}Name${q},\\s*value:\\s*${q}${name}${q}`,
  ).test(portalCode),
);
console.log(
  `client-portal: ${leaked.length} of the console's ${consoleOperations.length} operations in its build`,
);
if (leaked.length > 0) {
  console.log(`  ${leaked.join(', ')}`);
  over = true;
}
process.exit(over ? 1 : 0);
