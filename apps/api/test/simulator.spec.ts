import { Role } from '@dengon/domain';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeNumber, ALWAYS, clientOnPlan } from './fixtures';
import { TestApp } from './test-app';

const TOKEN = 'simulator-test-twilio-token-0123456789';
const PUBLIC_URL = 'https://dengon.example';

/**
 * Issue 13 item 8: `npm run simulate` rings a Dengon that sits behind
 * PUBLIC_URL, signing what Dengon checks; when the signature is refused it
 * says why instead of a bare 403.
 */
describe('the call simulator', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'dengon-simulator-'));

  beforeAll(async () => {
    t = await TestApp.start({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    const bo = (await t.login('bo@dengon.example')).token;
    const client = await clientOnPlan(t, bo, '株式会社シム', 'STANDARD', ALWAYS);
    await activeNumber(t, bo, client.companyId, '0120-700-001');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The simulator as `npm run simulate` runs it, with this environment. */
  const simulate = (env: Record<string, string>) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          join(__dirname, 'ts-process.cjs'),
          join(__dirname, '../tools/simulate.ts'),
          ...['--url', t.baseUrl, '--number', '0120-700-001', '--hold-ms', '10'],
        ],
        {
          env: { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, ...env },
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
      );
    });

  it('signs for the PUBLIC_URL Dengon checks, even when it calls it at another address', async () => {
    const run = await simulate({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL });
    expect(run.out).toContain('outcomes: queued 1');
    expect(run.code).toBe(0);
  });

  it('says why Dengon refused the signature (another PUBLIC_URL), and fails', async () => {
    const run = await simulate({ TWILIO_AUTH_TOKEN: TOKEN });
    expect(run.out).toContain('outcomes: http 403 1');
    expect(run.out).toContain(
      `They were signed for ${t.baseUrl}/telephony/twilio/voice with TWILIO_AUTH_TOKEN from the environment.`,
    );
    expect(run.out).toContain('run the simulator with the same PUBLIC_URL');
    expect(run.code).toBe(1);
  }, 60_000);
});
