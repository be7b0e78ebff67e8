// Builds the API (cached by Nx) and runs one of its CLI commands: see apps/api/src/cli.ts.
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  execFileSync(process.execPath, ['dist/api/apps/api/src/cli.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
} catch (error) {
  process.exit(error.status ?? 1);
}
