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

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: required in production/,
    );
  });

  it('takes the issuer’s registration number in any width, normalised', () => {
    expect(
      parseEnv({ ISSUER_REGISTRATION_NUMBER: 'Ｔ７０１０７０５０００７２５' })
        .ISSUER_REGISTRATION_NUMBER,
    ).toBe('T7010705000725');
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
