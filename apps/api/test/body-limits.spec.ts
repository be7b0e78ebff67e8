import { Role } from '@dengon/domain';
import { TestApp } from './test-app';

const IMPORT = `mutation($input: BankFileInput!) { importBankFile(input: $input) { bankImport { deposits } } }`;

/** Issue 11 item 7: each route's body limit fits what it takes; over it, a clear 413 before parsing. */
describe('request body limits', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    tokens['bo'] = (await t.login('bo@dengon.example')).token;
    tokens['op'] = (await t.login('op@dengon.example')).token;
  });
  afterAll(() => t.close());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const padded = (kilobytes: number) =>
    JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(kilobytes * 1024) } });

  it('refuses a large anonymous GraphQL request with a 413 naming the limit', async () => {
    const response = await post('/graphql', padded(200));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      statusCode: 413,
      limit: '100kb',
      message: 'The request body is larger than the 100kb allowed here',
    });
    // Within it, the same request is served.
    expect((await post('/graphql', padded(50))).status).toBe(200);
  });

  it('allows a signed-in screen 1 MB, not more', async () => {
    const auth = { authorization: `Bearer ${tokens['op']}` };
    expect((await post('/graphql', padded(500), auth)).status).toBe(200);
    const over = await post('/graphql', padded(1100), auth);
    expect(over.status).toBe(413);
    expect(((await over.json()) as { limit: string }).limit).toBe('1mb');
  });

  it('lets back office send a bank statement as large as the import allows', async () => {
    // 3 MB of base64: far past the other limits, read in full and judged as a statement.
    const contentBase64 = Buffer.alloc(2_250_000, 0x20).toString('base64');
    const importAs = (token: string) =>
      post(
        '/graphql',
        JSON.stringify({
          query: IMPORT,
          variables: { input: { fileName: 'big.txt', contentBase64 } },
        }),
        { authorization: `Bearer ${token}` },
      );
    const response = await importAs(tokens['bo']!);
    expect(response.status).toBe(200);
    const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // An operator's token does not buy the large limit.
    const operator = await importAs(tokens['op']!);
    expect(operator.status).toBe(413);
  });

  it('keeps webhooks small: a form over 128 KB is refused before any signature is checked', async () => {
    const response = await fetch(`${t.baseUrl}/telephony/twilio/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `CallSid=CA${'0'.repeat(32)}&pad=${'x'.repeat(200 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { limit: string }).limit).toBe('128kb');
    const json = await post('/telephony/events', JSON.stringify({ pad: 'x'.repeat(300 * 1024) }));
    expect(json.status).toBe(413);
    expect(((await json.json()) as { limit: string }).limit).toBe('256kb');
  });
});
