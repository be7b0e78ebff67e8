import type { Role } from '@dengon/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { User } from '../src/auth/user.entity';
import { ClientCompany } from '../src/clients/client-company.entity';
import { loadConfig } from '../src/config/config';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      fields?: { field: string; message: string }[];
      currentVersion?: number;
      violation?: string;
      args?: Record<string, string | number>;
    };
  }[];
  status: number;
  setCookie: string[];
}

/** Asks until the probe answers (not undefined), for what background jobs do in their own time. */
export async function until<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/**
 * A real Dengon API on a free port with its own database cloned from the
 * migrated template, so test files never see each other's rows.
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly baseUrl: string,
    readonly databaseUrl: string,
    readonly dataSource: DataSource,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    return TestApp.onDatabase(await TestApp.newDatabase(), env);
  }

  /** A database of its own, cloned from the migrated template; returns its URL. */
  static async newDatabase(): Promise<string> {
    const serverUrl = process.env['DENGON_TEST_SERVER_URL'];
    const template = process.env['DENGON_TEST_TEMPLATE_DB'];
    if (!serverUrl || !template) throw new Error('The jest global setup did not start PostgreSQL');
    const name = `test_${randomUUID().replace(/-/g, '')}`;
    await cloneTemplate(serverUrl, template, name);
    return serverUrl.replace(/\/postgres$/, `/${name}`);
  }

  /** Another API process on an existing database, as a second replica would be. */
  static async onDatabase(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
    const dataDir = mkdtempSync(join(tmpdir(), 'dengon-app-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      DATA_DIR: dataDir,
      // Tests run the ACD sweeper by hand, at the instants they choose.
      ACD_SWEEP_INTERVAL_MS: '0',
      ACD_PRESENCE_GRACE_SECONDS: '0', // presence has its own test, with its own clock
      JOB_POLL_SECONDS: '0.5',
      // Sign-in slow-down has a test of its own; elsewhere it would only make tests wait.
      LOGIN_SLOWDOWN_MS: '0',
      // Two-factor sign-in has its own test; elsewhere staff sign in with a password.
      TWO_FACTOR_REQUIRED_ROLES: 'NONE',
      ...env,
    });
    const app = await createApp({ config, databaseUrl, quiet: true });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new TestApp(app, `http://127.0.0.1:${address.port}`, databaseUrl, app.get(DataSource));
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...options.headers,
    };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.cookie) headers['cookie'] = options.cookie;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status' | 'setCookie'>;
    return { ...body, status: response.status, setCookie: response.headers.getSetCookie() };
  }

  /** Signs in through the API; returns the access token and the refresh cookie. */
  async login(email: string, password = TEST_PASSWORD): Promise<{ token: string; cookie: string }> {
    const result = await this.gql<{ login: { accessToken: string } }>(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
      { email, password },
    );
    if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return { token: result.data.login.accessToken, cookie: refreshCookie(result.setCookie) };
  }

  /** Fixtures written directly: the API needs someone to sign in as before it can be used. */
  async createCompany(name: string): Promise<ClientCompany> {
    return this.dataSource.getRepository(ClientCompany).save({ name, nameKana: 'テスト' });
  }

  private passwordHash?: Promise<string>;

  async createUser(
    email: string,
    role: Role,
    clientCompanyId: string | null = null,
  ): Promise<User> {
    this.passwordHash ??= hashPassword(TEST_PASSWORD);
    return this.dataSource.getRepository(User).save({
      email,
      name: email.split('@')[0] ?? email,
      role,
      clientCompanyId,
      passwordHash: await this.passwordHash,
    });
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }
}

/** The `name=value` of the refresh cookie in a Set-Cookie list, as a browser would send it back. */
export function refreshCookie(setCookie: string[]): string {
  const cookie = setCookie.find((c) => c.startsWith('dengon_refresh='));
  return cookie ? (cookie.split(';')[0] ?? '') : '';
}

export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
/** The business rule that refused a change (`extensions.violation`, RULE_VIOLATIONS). */
export const violationOf = (result: GqlResult) => result.errors?.[0]?.extensions?.violation;

async function cloneTemplate(serverUrl: string, template: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Parallel test files clone at once; PostgreSQL may refuse while the template is being read.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed')) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
}
