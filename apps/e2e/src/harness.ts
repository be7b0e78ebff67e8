import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { FailureReport } from './environment';

const ROOT = resolve(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'test-results');
export const DEMO_PASSWORD = 'dengon-demo';

/** The built API as `npm start` runs it, on a free port with its own embedded database. */
export class RunningDengon {
  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
    private readonly dataDir: string,
    /** Everything the server printed, for the failure report. */
    readonly output: () => string,
  ) {
    running.dengons.add(this);
  }

  private readonly simulators: ChildProcess[] = [];

  static async start(env: Record<string, string> = {}): Promise<RunningDengon> {
    const dataDir = mkdtempSync(join(tmpdir(), 'dengon-e2e-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DEMO_PASSWORD,
        // The two-factor test asks for it; the others sign the demo's back office in with its password.
        TWO_FACTOR_REQUIRED_ROLES: 'NONE',
        // Each test walks one flow from a clean demo; demo.e2e starts with the month of calls.
        SEED_DEMO_ACTIVITY: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const baseUrl = `http://localhost:${port}`;
    const deadline = Date.now() + 60_000;
    while (!(await healthy(baseUrl))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`Dengon did not start:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return new RunningDengon(baseUrl, child, dataDir, () => output);
  }

  /**
   * Rings this Dengon as `npm run simulate` does, signing with its Twilio
   * token (kept under its DATA_DIR); the call is held until the simulator is stopped.
   */
  ring(number: string, from: string): ChildProcess {
    const simulator = spawn(
      process.execPath,
      [
        'dist/api/apps/api/tools/simulate.js',
        ...['--url', this.baseUrl, '--number', number, '--from', from, '--hold-ms', '600000'],
      ],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: this.dataDir }, stdio: 'ignore' },
    );
    this.simulators.push(simulator);
    return simulator;
  }

  /** The e-mails this Dengon wrote to its outbox (no SMTP_URL), oldest first. */
  async mails(): Promise<ParsedMail[]> {
    const dir = join(this.dataDir, 'outbox', 'mail');
    if (!existsSync(dir)) return [];
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
    return Promise.all(files.map((f) => simpleParser(readFileSync(f))));
  }

  async stop(): Promise<void> {
    running.dengons.delete(this);
    for (const simulator of this.simulators) simulator.kill('SIGKILL');
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A page in a browser context of its own, as one person on their own machine sees Dengon. */
export async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    viewport: { width: 1440, height: 960 },
  });
  return context.newPage();
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  running.browsers.add(browser);
  browser.on('disconnected', () => running.browsers.delete(browser));
  return browser;
}

/** What is running in this test file, for the failure report. */
const running = { dengons: new Set<RunningDengon>(), browsers: new Set<Browser>() };

/**
 * When a test fails: a screenshot and the text of every open page, and the
 * end of the server's log, printed and kept under test-results/.
 */
const failureReport: FailureReport = async (testName) => {
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  const pages = [...running.browsers].flatMap((b) => b.contexts().flatMap((c) => c.pages()));
  const lines = [`── Failure report: ${testName}`];
  for (const [i, page] of pages.entries()) {
    const path = join(SCREENSHOTS, `failed-${slug}-${i + 1}.png`);
    await page.screenshot({ path, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    const text = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch((e: unknown) => `(no text: ${String(e)})`);
    lines.push(`── Page ${i + 1}: ${page.url()} (${path})`, text.slice(0, 3_000));
  }
  for (const dengon of running.dengons) {
    const log = dengon.output();
    writeFileSync(join(SCREENSHOTS, `failed-${slug}-server.log`), log);
    lines.push('── Server log (end)', log.slice(-4_000));
  }
  console.error(lines.join('\n'));
};
(globalThis as { dengonFailureReport?: FailureReport }).dengonFailureReport = failureReport;

/** A full-page screenshot under test-results/, from the top (the app shell's header is fixed). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** One GraphQL request to the API as a script would send it; fails the test on any error. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A demo user's access token, for setting the scene through the API. */
export async function apiLogin(baseUrl: string, email: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    baseUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password: DEMO_PASSWORD },
  );
  return data.login.accessToken;
}

/** An intake for the demo client of that name, taken through the API as operator1 takes it. */
export async function takeIntake(
  baseUrl: string,
  clientName: string,
  fields: Record<string, string>,
  callingNumber?: string,
): Promise<{ id: string; recordNumber: string }> {
  const operator = await apiLogin(baseUrl, 'operator1@dengon.example');
  const { clientCompanies } = await graphql<{ clientCompanies: { id: string; name: string }[] }>(
    baseUrl,
    '{ clientCompanies { id name } }',
    {},
    operator,
  );
  const client = clientCompanies.find((c) => c.name === clientName);
  if (!client) throw new Error(`no demo client ${clientName}`);
  const { createIntake } = await graphql<{ createIntake: { id: string; recordNumber: string } }>(
    baseUrl,
    'mutation ($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber } }',
    { input: { clientCompanyId: client.id, channel: 'PHONE', fields, callingNumber } },
    operator,
  );
  return createIntake;
}

/**
 * The demo's client answers weekdays 9–18; a test may run at any hour, so back
 * office extends the named client's coverage to every day, all day, as they would
 * for a new contract. Returns the client's id.
 */
export function coverAllDay(baseUrl: string, clientName: string): Promise<string> {
  return setCoverage(
    baseUrl,
    clientName,
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  );
}

/** The named client is closed all of today (Asia/Tokyo): its callers reach voicemail. */
export function closeToday(baseUrl: string, clientName: string): Promise<string> {
  const today = new Date(Date.now() + 9 * 3_600_000).getUTCDay() || 7;
  return setCoverage(baseUrl, clientName, [
    { weekday: ((today + 2) % 7) + 1, start: '09:00', end: '10:00' },
  ]);
}

/** Back office sets the named client's coverage windows; returns the client's id. */
async function setCoverage(
  baseUrl: string,
  clientName: string,
  coverageWindows: { weekday: number; start: string; end: string }[],
): Promise<string> {
  const token = await apiLogin(baseUrl, 'backoffice@dengon.example');
  const { clientCompanies } = await graphql<{ clientCompanies: { id: string; name: string }[] }>(
    baseUrl,
    '{ clientCompanies { id name } }',
    {},
    token,
  );
  const client = clientCompanies.find((c) => c.name === clientName);
  if (!client) throw new Error(`no demo client ${clientName}`);
  const { contract } = await graphql<{ contract: { id: string; version: number } }>(
    baseUrl,
    'query ($c: ID!) { contract(clientCompanyId: $c) { id version } }',
    { c: client.id },
    token,
  );
  await graphql(
    baseUrl,
    'mutation ($input: UpdateContractInput!) { updateContract(input: $input) { id } }',
    {
      input: {
        id: contract.id,
        version: contract.version,
        holidayRule: 'AS_USUAL',
        coverageWindows,
      },
    },
    token,
  );
  return client.id;
}

/** Signs in through the Japanese sign-in page as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/healthz`)).ok;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Asks until the figure passes the bound, for what the call does in its own time. */
export async function passes(
  probe: () => Promise<number>,
  bound: number,
  what: string,
): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe().catch(() => Number.NaN);
    if (value > bound) return value;
    if (Date.now() > deadline) throw new Error(`${what} stayed at ${value}, not above ${bound}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The softphone's received-audio figures as the call screen shows them. */
export async function received(page: Page): Promise<{ packets: number; level: number }> {
  const stats = page.getByTestId('voice-stats');
  return {
    packets: Number(await stats.getAttribute('data-packets-received')),
    level: Number(await stats.getAttribute('data-audio-level')),
  };
}
