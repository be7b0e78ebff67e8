import {
  checkInboundAddress,
  faxPages,
  isServiceAddress,
  looksMisdecoded,
  mailboxProblem,
  mailIntakeMemo,
} from './inbound-mail';

describe('intake addresses', () => {
  it.each([
    ['Sample-Shoji@IN.dengon.example', 'sample-shoji@in.dengon.example'],
    [' eigyo+1@in.dengon.example ', 'eigyo+1@in.dengon.example'],
    ['ｓａｌｅｓ＠in.dengon.example', 'sales@in.dengon.example'],
  ])('keeps %s as %s', (input, address) => {
    expect(checkInboundAddress(input)).toEqual({ ok: true, address });
  });

  it.each([
    '',
    'no-at-sign',
    'a@b',
    '@in.dengon.example',
    'a b@in.dengon.example',
    'a..b@in.dengon.example',
    'ab.@in.dengon.example',
    '日本@in.dengon.example',
  ])('refuses %p, naming the rule', (input) => {
    const checked = checkInboundAddress(input);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.refused.rule).toMatch(/^(isEmail|emailDotMisplaced)$/);
  });

  it('knows the service’s own addresses: the intake domain and those under it, nothing that only ends like it', () => {
    expect(isServiceAddress('a@in.dengon.example', 'in.dengon.example')).toBe(true);
    expect(isServiceAddress('a@fax.in.dengon.example', 'in.dengon.example')).toBe(true);
    expect(isServiceAddress('a@evilin.dengon.example', 'in.dengon.example')).toBe(false);
    expect(isServiceAddress('a@example.com', 'in.dengon.example')).toBe(false);
    expect(isServiceAddress('in.dengon.example', 'in.dengon.example')).toBe(false);
  });
});

describe('fax-to-mail', () => {
  const file = (fileName: string, contentType: string) => ({ fileName, contentType });

  it('takes PDF and TIFF attachments as pages, by type or by name, and nothing else', () => {
    const pages = faxPages([
      file('fax.pdf', 'application/pdf'),
      file('fax-0001.tif', 'application/octet-stream'),
      file('FAX.TIFF', 'image/tiff'),
      file('logo.png', 'image/png'),
      file('note.txt', 'text/plain'),
    ]);
    expect(pages.map((p) => p.fileName)).toEqual(['fax.pdf', 'fax-0001.tif', 'FAX.TIFF']);
  });
});

describe('the memo of a mail intake', () => {
  it('says who sent it, the subject, the attachments and the text', () => {
    expect(
      mailIntakeMemo({
        kind: 'EMAIL',
        from: '山田 <yamada@example.com>',
        subject: '見積もり',
        text: '  よろしくお願いします。\n',
        attachments: ['a.pdf', 'b.pdf'],
      }),
    ).toBe(
      'メール受信: 山田 <yamada@example.com>\n件名: 見積もり\n添付: a.pdf、b.pdf\n\nよろしくお願いします。',
    );
  });

  it('names a fax as one, and a missing subject and text as missing', () => {
    expect(
      mailIntakeMemo({
        kind: 'FAX',
        from: 'gw@carrier.example',
        subject: '',
        text: ' ',
        attachments: [],
      }),
    ).toBe('FAX受信: gw@carrier.example\n件名: （件名なし）');
  });
});

describe('a text decoded in the wrong charset', () => {
  it('is one with replacement characters through it, not one with a stray one', () => {
    expect(looksMisdecoded('\uFFFD\uFFFD\uFFFD\uFFFD')).toBe(true);
    expect(looksMisdecoded('ab\uFFFDcd\uFFFD')).toBe(true);
    expect(looksMisdecoded('正しい日本語の文章です。'.repeat(20) + '\uFFFD')).toBe(false);
    expect(looksMisdecoded('正しい日本語の文章です。')).toBe(false);
  });
});

describe('the memo of a routed mail', () => {
  it('names the department the rules chose and marks a VIP sender', () => {
    const memo = mailIntakeMemo({
      kind: 'EMAIL',
      from: '社長 <ceo@big-client.co.jp>',
      subject: '見積のお願い',
      text: '本文',
      attachments: [],
      routing: { department: '営業部', vip: true },
    });
    expect(memo).toBe(
      'メール受信: 社長 <ceo@big-client.co.jp>（VIP）\n件名: 見積のお願い\n宛先部署: 営業部\n\n本文',
    );
  });
});

describe('mailbox problems', () => {
  it('tells a refused sign-in, an unreachable server and a missing folder apart', () => {
    expect(mailboxProblem({ authenticationFailed: true })).toBe('SIGN_IN_REFUSED');
    expect(mailboxProblem({ serverResponseCode: 'AUTHENTICATIONFAILED' })).toBe('SIGN_IN_REFUSED');
    expect(mailboxProblem({ code: 'ECONNREFUSED' })).toBe('UNREACHABLE');
    expect(mailboxProblem({ code: 'ENOTFOUND' })).toBe('UNREACHABLE');
    expect(mailboxProblem({ serverResponseCode: 'NONEXISTENT' })).toBe('NO_SUCH_FOLDER');
    expect(mailboxProblem({ mailboxMissing: true })).toBe('NO_SUCH_FOLDER');
    expect(mailboxProblem({})).toBe('OTHER');
  });
});
