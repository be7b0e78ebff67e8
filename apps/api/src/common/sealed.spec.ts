import { Sealer } from './sealed';

describe('Sealer', () => {
  const sealer = new Sealer('a-key-that-is-long-enough-for-the-test-1234');

  it('opens what it sealed, and seals the same text differently each time', () => {
    const a = sealer.seal('JBSWY3DPEHPK3PXP');
    const b = sealer.seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealer.open(a)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealer.open(b)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a changed value, another key, and what was never sealed', () => {
    const sealed = sealer.seal('秘密の鍵');
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3]!, 'base64url');
    data[0] = data[0]! ^ 1;
    parts[3] = data.toString('base64url');
    expect(() => sealer.open(parts.join('.'))).toThrow();
    expect(() => new Sealer('another-key-that-is-long-enough-1234567').open(sealed)).toThrow();
    expect(() => sealer.open('JBSWY3DPEHPK3PXP')).toThrow('not a sealed value');
  });
});
