import { checkFaxSender, checkVipDomain, type MailRoutingRule, routeMail } from './mail-routing';

describe('mail routing', () => {
  const rules: MailRoutingRule[] = [
    { kind: 'SUBJECT_KEYWORD', pattern: '見積', department: '営業部' },
    { kind: 'SUBJECT_KEYWORD', pattern: 'ＲＥＴＵＲＮ', department: '物流部' },
    { kind: 'SUBJECT_KEYWORD', pattern: '請求', department: '経理部' },
    { kind: 'VIP_DOMAIN', pattern: 'big-client.co.jp' },
  ];
  const route = (subject: string, from = 'a@customer.example', addressLabel?: string) =>
    routeMail({ subject, from, addressLabel }, rules);

  it('sends a mail to the department of the first keyword its subject holds', () => {
    expect(route('お見積りのお願い').department).toBe('営業部');
    expect(route('見積のお願い').department).toBe('営業部');
    expect(route('請求書と見積について').department).toBe('営業部');
    expect(route('請求書の件').department).toBe('経理部');
  });

  it('matches keywords however the subject is written', () => {
    expect(route('Return request').department).toBe('物流部');
    expect(route('ｒｅｔｕｒｎ のお願い').department).toBe('物流部');
  });

  it("falls back to the intake address's own label, and to no department", () => {
    expect(route('ご挨拶', 'a@x.example', 'サポート窓口').department).toBe('サポート窓口');
    expect(route('ご挨拶').department).toBeNull();
    expect(route('見積', 'a@x.example', 'サポート窓口').department).toBe('営業部');
  });

  it("marks mail from a VIP's domain and its subdomains, not look-alikes", () => {
    expect(route('x', 'ceo@big-client.co.jp').vip).toBe(true);
    expect(route('x', 'ceo@MAIL.Big-Client.co.jp').vip).toBe(true);
    expect(route('x', 'ceo@notbig-client.co.jp').vip).toBe(false);
    expect(route('x', 'ceo@big-client.co.jp.evil.example').vip).toBe(false);
    expect(route('x', 'no-at-sign').vip).toBe(false);
  });

  it('ignores a keyword that is blank once normalised', () => {
    expect(
      routeMail({ subject: 'anything', from: '' }, [
        { kind: 'SUBJECT_KEYWORD', pattern: '  ', department: 'X' },
      ]).department,
    ).toBeNull();
  });

  it('takes a VIP domain in lower case without its @, and refuses anything else', () => {
    expect(checkVipDomain('@Big-Client.co.jp ')).toBe('big-client.co.jp');
    expect(checkVipDomain('localhost')).toBeNull();
    expect(checkVipDomain('a b.example')).toBeNull();
    expect(checkVipDomain('')).toBeNull();
  });

  it("makes a fax-to-mail of mail from the client's fax carrier: its address, or its domain", () => {
    const carrier: MailRoutingRule[] = [
      { kind: 'FAX_SENDER', pattern: 'fax@carrier.example' },
      { kind: 'FAX_SENDER', pattern: 'faxmail.example' },
    ];
    const fax = (from: string) => routeMail({ subject: 'FAX受信', from }, carrier).fax;
    expect(fax('FAX@Carrier.example')).toBe(true);
    expect(fax('other@carrier.example')).toBe(false);
    expect(fax('noreply@faxmail.example')).toBe(true);
    expect(fax('noreply@jp.faxmail.example')).toBe(true);
    expect(fax('noreply@faxmail.example.evil.example')).toBe(false);
    expect(route('x').fax).toBe(false);
  });

  it('takes a fax sender as an address or a domain, in lower case, and refuses anything else', () => {
    expect(checkFaxSender(' FAX@Carrier.example ')).toBe('fax@carrier.example');
    expect(checkFaxSender('faxmail.example')).toBe('faxmail.example');
    expect(checkFaxSender('@faxmail.example')).toBe('faxmail.example');
    expect(checkFaxSender('fax@localhost')).toBeNull();
    expect(checkFaxSender('a b@carrier.example')).toBeNull();
    expect(checkFaxSender('')).toBeNull();
  });
});
