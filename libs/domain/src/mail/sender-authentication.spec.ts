import {
  AUTH_RESULTS,
  type AuthResult,
  authResult,
  dkimOverall,
  senderTrust,
} from './sender-authentication';

describe('sender authentication', () => {
  const all = (spf: AuthResult, dkim: AuthResult, dmarc: AuthResult) => ({ spf, dkim, dmarc });

  it("trusts a mail its From domain's DMARC policy passes, whatever SPF and DKIM say", () => {
    for (const spf of AUTH_RESULTS)
      for (const dkim of AUTH_RESULTS)
        expect(senderTrust(all(spf, dkim, 'pass'))).toBe('AUTHENTICATED');
  });

  it('suspects a mail its DMARC policy fails', () => {
    for (const spf of AUTH_RESULTS)
      for (const dkim of AUTH_RESULTS)
        expect(senderTrust(all(spf, dkim, 'fail'))).toBe('SUSPICIOUS');
  });

  it('without a policy, suspects only an SPF fail with no signature holding', () => {
    expect(senderTrust(all('fail', 'none', 'none'))).toBe('SUSPICIOUS');
    expect(senderTrust(all('fail', 'fail', 'none'))).toBe('SUSPICIOUS');
    expect(senderTrust(all('fail', 'pass', 'none'))).toBe('UNVERIFIED');
    expect(senderTrust(all('softfail', 'none', 'none'))).toBe('UNVERIFIED');
    expect(senderTrust(all('pass', 'pass', 'none'))).toBe('UNVERIFIED');
    expect(senderTrust(all('temperror', 'temperror', 'temperror'))).toBe('UNVERIFIED');
  });

  it('takes any DKIM signature that holds, else the first result, else none', () => {
    expect(dkimOverall([])).toBe('none');
    expect(dkimOverall(['fail', 'pass'])).toBe('pass');
    expect(dkimOverall(['neutral', 'fail'])).toBe('neutral');
  });

  it('reads a result word in any case, and anything else as a lookup that did not work', () => {
    expect(authResult('PASS')).toBe('pass');
    expect(authResult('softfail')).toBe('softfail');
    expect(authResult('bogus')).toBe('temperror');
    expect(authResult(undefined)).toBe('temperror');
  });
});
