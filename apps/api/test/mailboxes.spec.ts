import { Role } from '@dengon/domain';
import { jisMessage, TestImap } from '@dengon/test-doubles';
import { ImapFlow } from 'imapflow';
import { MailboxWatch } from '../src/inbound/mailbox-watch';
import { Mailboxes } from '../src/inbound/mailboxes.service';
import { clientOnPlan, publishScript } from './fixtures';
import { TestApp, until } from './test-app';

const USER = 'info@toto-setsubi.example';
const FIELDS = `id status problem lastError checkedAt host port username folder kind`;
const ADD = `mutation($input: AddMailboxInput!) { addMailbox(input: $input) { ${FIELDS} } }`;
const CHECK = `mutation($id: ID!) { checkMailbox(id: $id) { ${FIELDS} } }`;
const MAILS = `{ inboundMails { address status subject intakeId clientCompanyId } }`;

/** A client's own mailbox, read over IMAP from a real Dovecot. */
describe('mailboxes read over IMAP', () => {
  let t: TestApp;
  let imap: TestImap;
  let bo: string;
  let client: string;
  let mailboxId: string;

  beforeAll(async () => {
    // Watching over IDLE only when the test says so: the other tests look when they choose.
    [t, imap] = await Promise.all([
      TestApp.start({ MAILBOX_WATCH_REFRESH_MS: '0' }),
      TestImap.start({ [USER]: 'first-pass' }),
    ]);
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    bo = (await t.login('bo@dengon.example')).token;
    // The maintenance-linked plan includes mail handling.
    client = (await clientOnPlan(t, bo, '東都設備サービス株式会社', 'MAINTENANCE')).companyId;
    await publishScript(t, (await t.login('sv@dengon.example')).token, client);
  });
  afterAll(async () => {
    await t.close();
    await imap.stop();
  });

  /** A message put in the mailbox as the client's own mail server would. */
  async function deliver(raw: Buffer, password = 'first-pass'): Promise<void> {
    const server = new ImapFlow({
      host: '127.0.0.1',
      port: imap.port,
      secure: false,
      auth: { user: USER, pass: password },
      logger: false,
    });
    await server.connect();
    await server.append('INBOX', raw);
    await server.logout();
  }
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    t.gql(query, variables, { token: bo });
  const ownMails = async () =>
    ((await gql(MAILS)).data!['inboundMails'] as Record<string, string>[]).filter(
      (m) => m['address'] === USER,
    );

  it('signs in with a sealed password and takes in new mail once, as mail to an intake address', async () => {
    const added = await gql(ADD, {
      input: {
        clientCompanyId: client,
        host: '127.0.0.1',
        port: imap.port,
        tls: false,
        username: USER,
        password: 'first-pass',
        label: '修理受付',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!['addMailbox']).toMatchObject({
      status: 'OK',
      problem: null,
      folder: 'INBOX',
    });
    mailboxId = added.data!['addMailbox'].id;
    const [row] = await t.query(`SELECT password_sealed FROM mailboxes WHERE id = $1`, [mailboxId]);
    expect(row.password_sealed).toMatch(/^v1\./);
    expect(row.password_sealed).not.toContain('first-pass');

    await deliver(
      jisMessage(
        USER,
        '<leak-1@customer.example>',
        '水漏れの修理依頼',
        '台所で水漏れしています。\r\n',
      ),
    );
    expect((await gql(CHECK, { id: mailboxId })).data!['checkMailbox'].status).toBe('OK');
    await gql(CHECK, { id: mailboxId }); // nothing new the second time
    const mails = await ownMails();
    expect(mails).toEqual([
      expect.objectContaining({
        status: 'OFFERED',
        subject: '水漏れの修理依頼',
        clientCompanyId: client,
      }),
    ]);
    const record = await gql(`query($id: ID!) { intakeRecord(id: $id) { channel memo } }`, {
      id: mails[0]!['intakeId'],
    });
    expect(record.data!['intakeRecord'].channel).toBe('EMAIL');
    expect(record.data!['intakeRecord'].memo).toContain('台所で水漏れしています。');

    // The minute's look takes the next one only.
    await deliver(
      jisMessage(USER, '<leak-2@customer.example>', '追加のご連絡', '止水栓を閉めました。\r\n'),
    );
    await t.app.get(Mailboxes).pollAll();
    expect((await ownMails()).map((m) => m['subject']).sort()).toEqual([
      '水漏れの修理依頼',
      '追加のご連絡',
    ]);
  });

  it('marks a mailbox whose password stopped working as failing, says why once, and reads it again with the new password', async () => {
    await imap.setPassword(USER, 'second-pass');
    await deliver(
      jisMessage(USER, '<leak-3@customer.example>', '三通目', '本文\r\n'),
      'second-pass',
    );
    const failing = (await gql(CHECK, { id: mailboxId })).data!['checkMailbox'];
    expect(failing).toMatchObject({ status: 'FAILING', problem: 'SIGN_IN_REFUSED' });
    expect(failing.lastError).toMatch(/AUTHENTICATIONFAILED|Authentication failed/i);
    await t.app.get(Mailboxes).pollAll(); // no crash, nothing new, no second alarm
    const alarms = await t.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'mailbox.%' ORDER BY id`,
      [mailboxId],
    );
    expect(alarms.map((a) => a.action)).toEqual(['mailbox.added', 'mailbox.failing']);
    expect((await ownMails()).map((m) => m['subject'])).not.toContain('三通目');

    const fixed = await gql(
      `mutation($id: ID!, $password: String!) { setMailboxPassword(id: $id, password: $password) { status problem } }`,
      { id: mailboxId, password: 'second-pass' },
    );
    expect(fixed.data!['setMailboxPassword']).toEqual({ status: 'OK', problem: null });
    expect((await ownMails()).map((m) => m['subject'])).toContain('三通目');
  });

  it('marks a server that does not answer as unreachable', async () => {
    const added = await gql(ADD, {
      input: {
        clientCompanyId: client,
        host: '127.0.0.1',
        port: 1,
        tls: false,
        username: 'x',
        password: 'y',
      },
    });
    expect(added.data!['addMailbox']).toMatchObject({ status: 'FAILING', problem: 'UNREACHABLE' });
  });

  it('refuses a bad host or port, naming the field, and one added twice', async () => {
    const input = {
      clientCompanyId: client,
      host: '127.0.0.1',
      port: imap.port,
      tls: false,
      username: USER,
      password: 'p',
    };
    const fieldOf = async (overrides: Record<string, unknown>) =>
      (await gql(ADD, { input: { ...input, ...overrides } })).errors?.[0]?.extensions?.['fields'];
    expect(await fieldOf({ host: 'imap server!' })).toEqual([
      expect.objectContaining({ field: 'host', rule: 'isHostName' }),
    ]);
    expect(await fieldOf({ port: 70_000 })).toEqual([
      expect.objectContaining({ field: 'port', rule: 'max' }),
    ]);
    expect(await fieldOf({})).toEqual([
      expect.objectContaining({ field: 'username', rule: 'alreadyInUse' }),
    ]);
    const [{ count }] = await t.query(`SELECT count(*)::int FROM mailboxes`);
    expect(count).toBe(2);
  });

  it('takes mail in the moment it arrives while it watches the mailbox over IMAP IDLE', async () => {
    const watch = t.app.get(MailboxWatch);
    await watch.refresh();
    // The working mailbox is watched; the unreachable one is left to the minute's look.
    expect(watch.watching).toEqual([mailboxId]);
    // Its look on opening (what came while nobody watched) is over before the mail is sent.
    await t.app.get(Mailboxes).look(mailboxId);
    await deliver(
      jisMessage(
        USER,
        '<idle-1@customer.example>',
        'IDLE中に届いたメール',
        '至急ご連絡ください。\r\n',
      ),
      'second-pass',
    );
    // Nobody looks: the server tells the open connection, which looks at once.
    const arrived = await until(
      async () => (await ownMails()).find((m) => m['subject'] === 'IDLE中に届いたメール'),
      'the mail the server announced',
    );
    expect(arrived['status']).toBe('OFFERED');

    // A mailbox removed is no longer watched.
    await gql(`mutation($id: ID!) { removeMailbox(id: $id) }`, { id: mailboxId });
    await watch.refresh();
    expect(watch.watching).toEqual([]);
  });
});
