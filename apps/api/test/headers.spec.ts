import { TestApp } from './test-app';

/** Every response carries the security headers; the apps' policy forbids framing and foreign scripts. */
describe('security headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ VOICE_WS_URL: 'ws://127.0.0.1:8088' });
  });
  afterAll(() => t.close());

  it('sends a Content-Security-Policy that allows only this origin, the SIP edge, and no framing', async () => {
    const response = await fetch(`${t.baseUrl}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:8088");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Served over plain HTTP here: no HSTS, no upgrade of requests.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('keeps the headers but not the page policy on the GraphQL endpoint', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
