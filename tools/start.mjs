// `npm start`: build what changed (Nx caches the rest), then run the API, which
// serves both front ends, on an embedded PostgreSQL unless DATABASE_URL is set.
import { execFileSync, spawn } from 'node:child_process';

execFileSync(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'operator-console',
    'client-portal',
    '--output-style=static',
  ],
  {
    stdio: 'inherit',
  },
);

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
