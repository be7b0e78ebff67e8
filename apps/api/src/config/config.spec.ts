import { ConfigError, loadConfig, parseEnv } from './config';

describe('configuration', () => {
  it('applies defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_PASSWORD).toBe('dengon-demo');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ ISSUER_REGISTRATION_NUMBER: 'T1234567890123' }, 'ISSUER_REGISTRATION_NUMBER'],
    [{ ISSUER_REGISTRATION_NUMBER: '7010705000725' }, 'ISSUER_REGISTRATION_NUMBER'],
    [{ INVOICE_NUMBER_PREFIX: 'dg-' }, 'INVOICE_NUMBER_PREFIX'],
  ])('stops on %j with a message naming %s', (env, name) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it('refuses to start in production without its secrets, naming every one missing', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: 'twilio-token-0123456789' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Invalid configuration:',
      '  JWT_SECRET: required in production',
      '  TELEPHONY_EVENTS_SECRET: required in production',
      '  ACK_LINK_SECRET: required in production',
      '  DELIVERY_REPORTS_SECRET: required in production',
      '  VOICE_AUTH_SECRET: required in production',
      '  VOICE_EDGE_SECRET: required in production',
      '  DATA_ENCRYPTION_KEY: required in production',
    ]);
  });

  const PRODUCTION = {
    NODE_ENV: 'production',
    JWT_SECRET: 'j'.repeat(40),
    TWILIO_AUTH_TOKEN: 't'.repeat(32),
    TELEPHONY_EVENTS_SECRET: 'e'.repeat(40),
    ACK_LINK_SECRET: 'a'.repeat(40),
    DELIVERY_REPORTS_SECRET: 'd'.repeat(40),
    VOICE_AUTH_SECRET: 'v'.repeat(40),
    VOICE_EDGE_SECRET: 'k'.repeat(40),
    DATA_ENCRYPTION_KEY: 'x'.repeat(40),
  };

  it('never makes demo data in production unless asked, and then not with the published password', () => {
    expect(loadConfig(PRODUCTION).seedDemo).toBe(false);
    expect(() => loadConfig({ ...PRODUCTION, SEED_DEMO: 'true' })).toThrow(
      /DEMO_PASSWORD: the published demo password cannot be used in production/,
    );
    expect(
      loadConfig({ ...PRODUCTION, SEED_DEMO: 'true', DEMO_PASSWORD: 'our-own-demo-password' })
        .seedDemo,
    ).toBe(true);
  });

  it('takes the issuer’s registration number in any width, normalised', () => {
    expect(
      parseEnv({ ISSUER_REGISTRATION_NUMBER: 'Ｔ７０１０７０５０００７２５' })
        .ISSUER_REGISTRATION_NUMBER,
    ).toBe('T7010705000725');
  });

  it('makes the back office sign in with a one-time code unless told otherwise', () => {
    expect(parseEnv({}).TWO_FACTOR_REQUIRED_ROLES).toEqual(['BACK_OFFICE']);
    expect(parseEnv({ TWO_FACTOR_REQUIRED_ROLES: 'NONE' }).TWO_FACTOR_REQUIRED_ROLES).toEqual([]);
    expect(
      parseEnv({ TWO_FACTOR_REQUIRED_ROLES: 'BACK_OFFICE, SUPERVISOR' }).TWO_FACTOR_REQUIRED_ROLES,
    ).toEqual(['BACK_OFFICE', 'SUPERVISOR']);
    expect(() => parseEnv({ TWO_FACTOR_REQUIRED_ROLES: 'BOSS' })).toThrow(
      /TWO_FACTOR_REQUIRED_ROLES: must be NONE or roles separated by commas/,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ PORT: '' }).PORT).toBe(3000);
  });

  it('seeds demo data only on its own database unless told', () => {
    const secret = { JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(secret).seedDemo).toBe(true);
    expect(loadConfig({ ...secret, DATABASE_URL: 'postgres://h/db' }).seedDemo).toBe(false);
    expect(
      loadConfig({ ...secret, DATABASE_URL: 'postgres://h/db', SEED_DEMO: 'true' }).seedDemo,
    ).toBe(true);
  });
});
