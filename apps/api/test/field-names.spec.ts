import { FIELD_LABELS, isFieldRule, Role } from '@dengon/domain';
import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { TestApp } from './test-app';

const CREATE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`;

/** Every refusal names its field in Japanese; a common rule also says which rule, with its limits. */
describe('field names in refusals', () => {
  it('has a Japanese name for every input field and argument of the schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
    const names = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type))
        for (const name of Object.keys(type.getFields())) names.add(name);
      if (isObjectType(type))
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args) names.add(arg.name);
    }
    expect([...names].filter((name) => !Object.hasOwn(FIELD_LABELS, name))).toEqual([]);
  });

  describe('over the API', () => {
    let t: TestApp;
    let op: string;
    let company: string;
    beforeAll(async () => {
      t = await TestApp.start();
      await t.createUser('bo@dengon.example', Role.BackOffice);
      await t.createUser('sv@dengon.example', Role.Supervisor);
      const bo = (await t.login('bo@dengon.example')).token;
      op = (await t.login('sv@dengon.example')).token;
      company = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
      await publishScript(t, op, company, { fields: CALLER_FIELDS });
    });
    afterAll(() => t.close());

    it('declares only rules the screens can say (FIELD_RULES)', () => {
      // Every input class is loaded with the app; class-validator keeps their rules by class.
      const storage = getMetadataStorage() as unknown as {
        validationMetadatas: Map<unknown, { type: string; name?: string }[]>;
      };
      const declared = new Set(
        [...storage.validationMetadatas.values()]
          .flat()
          .filter((m) => m.type !== 'conditionalValidation') // @IsOptional refuses nothing
          .map((m) => (m.type === 'customValidation' ? m.name : m.type)),
      );
      expect(declared.size).toBeGreaterThan(10);
      expect([...declared].filter((rule) => !isFieldRule(rule))).toEqual([]);
    });

    it('names a field a common rule refused, with the rule and its limits', async () => {
      const refused = await t.gql(
        CREATE,
        {
          input: {
            clientCompanyId: company,
            channel: 'PHONE',
            fields: { caller_name: '山田', callback_number: '090-1111-2222', message: '用件' },
            memo: 'あ'.repeat(5001),
          },
        },
        { token: op },
      );
      const error = refused.errors?.[0];
      expect(error?.extensions?.['fields']).toEqual([
        {
          field: 'memo',
          label: 'メモ',
          message: 'must be shorter than or equal to 5000 characters',
          rule: 'maxLength',
          args: { n: 5000 },
        },
      ]);
      expect(error?.message).toBe('メモ（memo）: must be shorter than or equal to 5000 characters');
    });

    it("names a client's own intake field by its script's label", async () => {
      const refused = await t.gql(
        CREATE,
        {
          input: {
            clientCompanyId: company,
            channel: 'PHONE',
            fields: { callback_number: '090-1111-2222', message: '用件' },
          },
        },
        { token: op },
      );
      expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([
        {
          field: 'fields.caller_name',
          label: 'お名前',
          message: 'is required',
          rule: 'isNotEmpty',
        },
      ]);
      expect(refused.errors?.[0]?.message).toBe('お名前（fields.caller_name）: is required');

      // A malformed value names the rule too, so the screen says it in Japanese.
      const malformed = await t.gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: company,
            channel: 'PHONE',
            fields: { caller_name: '山田', callback_number: '12', message: '用件' },
          },
        },
        { token: op },
      );
      expect(malformed.errors?.[0]?.extensions?.['fields']).toEqual([
        {
          field: 'fields.callback_number',
          label: expect.any(String),
          message: '"12" is not a valid Japanese phone number',
          rule: 'isPhoneNumber',
          args: { input: '12' },
        },
      ]);
    });
  });
});
