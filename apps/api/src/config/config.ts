import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isRole, parseRegistrationNumber } from '@dengon/domain';
import { z } from 'zod';

/**
 * Configuration from the environment, validated once at boot: a malformed
 * variable stops start-up with a message naming it.
 */
/** The published demo password: never the password of anything in production. */
const DEMO_PASSWORD = 'dengon-demo';
const SECRET_NAMES = [
  'JWT_SECRET',
  'TWILIO_AUTH_TOKEN',
  'TELEPHONY_EVENTS_SECRET',
  'ACK_LINK_SECRET',
  'DELIVERY_REPORTS_SECRET',
  'VOICE_AUTH_SECRET',
  'VOICE_EDGE_SECRET',
  'DATA_ENCRYPTION_KEY',
] as const;

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('var'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_SLOWDOWN_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  // Roles that must sign in with a one-time code (TOTP); NONE = nobody is made to.
  TWO_FACTOR_REQUIRED_ROLES: z
    .string()
    .default('BACK_OFFICE')
    .transform((v) => (v.trim() === 'NONE' ? [] : v.split(',').map((r) => r.trim())))
    .refine((roles) => roles.every(isRole), 'must be NONE or roles separated by commas'),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  // Encrypts secrets kept in the database (two-factor keys) with AES-256-GCM.
  DATA_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUST_PROXY: boolean.default(false),
  SEED_DEMO: boolean.optional(),
  /** With the demo, a month of calls behind it (browser tests of one flow start without). */
  SEED_DEMO_ACTIVITY: boolean.default(true),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEMO_PASSWORD),
  LOG_SQL: boolean.default(false),
  TWILIO_AUTH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Twilio's REST API (connecting accepted calls, recordings, callbacks); unset = webhooks only.
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-f]{32}$/, 'must be AC followed by 32 hex digits')
    .optional(),
  TWILIO_API_KEY_SID: z
    .string()
    .regex(/^SK[0-9a-f]{32}$/, 'must be SK followed by 32 hex digits')
    .optional(),
  TWILIO_API_KEY_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TWILIO_TWIML_APP_SID: z
    .string()
    .regex(/^AP[0-9a-f]{32}$/, 'must be AP followed by 32 hex digits')
    .optional(),
  TWILIO_API_BASE_URL: z.url().default('https://api.twilio.com'),
  // Where operators' devices meet Twilio: the Tokyo edge for a Japanese service.
  TWILIO_VOICE_EDGE: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a Twilio edge name such as tokyo or roaming')
    .default('tokyo'),
  TELEPHONY_EVENTS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACK_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DELIVERY_REPORTS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VOICE_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VOICE_EDGE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VOICE_WS_URL: z
    .string()
    .regex(/^wss?:\/\//, 'must be a ws:// or wss:// URL')
    .optional(),
  VOICE_DOMAIN: z.string().min(1).default('dengon.local'),
  VOICE_RECORDINGS_DIR: z.string().min(1).optional(),
  // 0: any free port (tests); the edge must be told the port it got.
  // Where callbacks go out: the carrier trunk's SIP address (host:port); unset = none.
  VOICE_TRUNK_OUTBOUND: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, 'must be host or host:port')
    .optional(),
  VOICE_MEDIA_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  VOICE_MEDIA_ADDRESS: z.ipv4().default('127.0.0.1'),
  VOICE_EDGE_ADDRESS: z.ipv4().default('127.0.0.1'),
  VOICE_PROMPTS_DIR: z.string().min(1).optional(),
  VOICEMAIL_MAX_SECONDS: z.coerce.number().int().min(10).max(600).default(120),
  VOICE_CREDENTIAL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  TELEPHONY_MAX_SKEW_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  ACD_OFFER_SECONDS: z.coerce.number().int().min(3).max(300).default(15),
  /** How often the mailboxes watched over IMAP IDLE follow the back office's changes; 0 = no IDLE. */
  MAILBOX_WATCH_REFRESH_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  ACD_MAIL_OFFER_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  ACD_MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(10).default(1),
  ACD_AFTER_CALL_WORK_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  CALL_MAX_WAIT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  CALL_MAX_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(240),
  ACD_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  // An available operator whose console's live connection has been quiet this long is taken
  // offline and their offer moves on; long enough for a reload or a token refresh. 0: off.
  ACD_PRESENCE_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(15),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** Where the inbound SMTP listener takes mail for the intake addresses; unset, it does not listen. */
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** The service's intake domain: every client's intake address is under it. */
  INBOUND_MAIL_DOMAIN: z.string().min(3).default('in.dengon.example'),
  /** DNS servers (host or host:port, comma-separated) for checking senders; unset: this machine's. */
  DNS_SERVERS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  MAIL_FROM: z.string().min(3).default('電話代行 Dengon <no-reply@dengon.example>'),
  SERVICE_NAME: z.string().min(1).default('電話代行サービス Dengon'),
  SERVICE_PHONE: z.string().min(1).optional(),
  FAX_GATEWAY: z.enum(['outbox', 'email', 'hylafax']).default('outbox'),
  FAX_EMAIL_ADDRESS: z
    .string()
    .regex(/^\S*\{number\}\S*@\S+$/, 'must be an address with {number} in it, e.g. {number}@fax.tc')
    .default('{number}@fax.example'),
  HYLAFAX_SENDFAX: z.string().min(1).default('sendfax'),
  ACK_LINK_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  ISSUER_NAME: z.string().min(1).default('株式会社デンゴン'),
  ISSUER_ADDRESS: z.string().min(1).default('〒100-0005 東京都千代田区丸の内1-1-1'),
  ISSUER_PHONE: z.string().min(1).default('03-0000-0000'),
  // The issuer's own number must be right: a wrong check digit stops start-up (JAPAN.md §1).
  ISSUER_REGISTRATION_NUMBER: z
    .string()
    .default('T7123456789012')
    .transform((value, ctx) => {
      const parsed = parseRegistrationNumber(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      else if (!parsed.checkDigitValid)
        ctx.addIssue({ code: 'custom', message: `${parsed.value} has a wrong check digit` });
      return parsed.ok ? parsed.value : value;
    }),
  ISSUER_BANK_ACCOUNT: z.string().min(1).default('みずほ銀行 丸の内支店 普通 1234567 カ)デンゴン'),
  INVOICE_NUMBER_PREFIX: z
    .string()
    .regex(/^[A-Z]{1,6}$/, 'must be 1 to 6 capital letters')
    .default('DG'),
  INVOICE_TAX_ROUNDING: z.enum(['FLOOR', 'HALF_UP', 'CEIL']).default('FLOOR'),
  BANK_FEE_WRITE_OFF_LIMIT: z.coerce.number().int().min(0).max(10_000).default(880),
  DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
});

export type Env = z.infer<typeof schema>;

type SecretName = (typeof SECRET_NAMES)[number];

export interface AppConfig extends Omit<Env, 'SEED_DEMO' | SecretName> {
  jwtSecret: string;
  /** Verifies X-Twilio-Signature. */
  twilioAuthToken: string;
  /** Verifies the HMAC of provider-neutral telephony events. */
  telephonyEventsSecret: string;
  /** Signs the links contractors open to acknowledge a dispatch. */
  ackLinkSecret: string;
  /** Verifies the HMAC of delivery reports (bounces, fax results) handed in by the mail server or fax gateway. */
  deliveryReportsSecret: string;
  /** Shared with Kamailio's auth_ephemeral: signs the softphones' short-lived SIP credentials. */
  voiceAuthSecret: string;
  /** Kamailio presents it when it asks where a call goes. */
  voiceEdgeSecret: string;
  /** Seals secrets kept in the database (common/sealed.ts). */
  dataEncryptionKey: string;
  seedDemo: boolean;
  dataDir: string;
}

export class ConfigError extends Error {}

export function parseEnv(env: NodeJS.ProcessEnv): Env {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * Builds the running configuration. Outside production a missing secret
 * (JWT_SECRET, TWILIO_AUTH_TOKEN, TELEPHONY_EVENTS_SECRET, ACK_LINK_SECRET,
 * DELIVERY_REPORTS_SECRET, VOICE_AUTH_SECRET, VOICE_EDGE_SECRET, DATA_ENCRYPTION_KEY) is generated once
 * and kept under DATA_DIR, so `npm start` needs nothing set, sessions survive
 * restarts and the simulator signs with the same token; production must set them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = parseEnv(env);
  const dataDir = resolve(parsed.DATA_DIR);
  const production = parsed.NODE_ENV === 'production';
  // Demo data by default only where Dengon runs its own database, and never in production unless asked.
  const seedDemo = parsed.SEED_DEMO ?? (!parsed.DATABASE_URL && !production);
  if (production) {
    const problems = SECRET_NAMES.filter((name) => !parsed[name]).map(
      (name) => `  ${name}: required in production`,
    );
    if (seedDemo && parsed.DEMO_PASSWORD === DEMO_PASSWORD)
      problems.push(
        `  DEMO_PASSWORD: the published demo password cannot be used in production; set one of your own`,
      );
    if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  if (parsed.TWILIO_ACCOUNT_SID && !(parsed.TWILIO_API_KEY_SID && parsed.TWILIO_API_KEY_SECRET))
    throw new ConfigError(
      'Invalid configuration:\n  TWILIO_API_KEY_SID, TWILIO_API_KEY_SECRET: required with TWILIO_ACCOUNT_SID',
    );
  const secret = (name: SecretName) =>
    parsed[name] ?? localSecret(dataDir, name.toLowerCase().replace(/_/g, '-'));
  const {
    JWT_SECRET: _jwt,
    TWILIO_AUTH_TOKEN: _twilio,
    TELEPHONY_EVENTS_SECRET: _events,
    ACK_LINK_SECRET: _ack,
    DELIVERY_REPORTS_SECRET: _reports,
    VOICE_AUTH_SECRET: _voiceAuth,
    VOICE_EDGE_SECRET: _voiceEdge,
    DATA_ENCRYPTION_KEY: _dataKey,
    SEED_DEMO: _seed,
    ...rest
  } = parsed;
  return {
    ...rest,
    jwtSecret: secret('JWT_SECRET'),
    twilioAuthToken: secret('TWILIO_AUTH_TOKEN'),
    telephonyEventsSecret: secret('TELEPHONY_EVENTS_SECRET'),
    ackLinkSecret: secret('ACK_LINK_SECRET'),
    deliveryReportsSecret: secret('DELIVERY_REPORTS_SECRET'),
    voiceAuthSecret: secret('VOICE_AUTH_SECRET'),
    voiceEdgeSecret: secret('VOICE_EDGE_SECRET'),
    dataEncryptionKey: secret('DATA_ENCRYPTION_KEY'),
    dataDir,
    seedDemo,
  };
}

/** Where people reach this Dengon: PUBLIC_URL, or this machine's port. */
export const publicBaseUrl = (config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): string =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');

function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, 'secrets', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(join(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
