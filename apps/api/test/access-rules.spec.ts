import { ALL_ROLES, can, isClientRole, type Role } from '@dengon/domain';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { ACCESS_RULE, type AccessRule } from '../src/common/access.decorator';
import { codeOf, TestApp } from './test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Deny by default is only as good as its coverage: every root field must state its roles. */
describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  /** Each root field's rule, as its resolver declares it. */
  function declaredRules(): Map<string, AccessRule | undefined> {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const found = new Map<string, AccessRule | undefined>();
    const providers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [
      ...m.providers.values(),
    ]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance) as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = proto[method]!;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (!type || !['Query', 'Mutation', 'Subscription'].includes(type)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
        found.set(
          `${type}.${name}`,
          reflector.getAllAndOverride(ACCESS_RULE, [handler, wrapper.metatype as never]),
        );
      }
    }

    return found;
  }

  it('has an explicit access rule on every query, mutation and subscription', () => {
    const found = declaredRules();
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((root) =>
      root ? Object.keys(root.getFields()).map((f) => `${root.name}.${f}`) : [],
    );
    expect([...found.keys()].sort()).toEqual(fields.sort());
    const missing = [...found].filter(([, rule]) => rule === undefined).map(([field]) => field);
    expect(missing).toEqual([]);
  });

  // Generated from the permission table: every role asks every query and
  // mutation, and is refused exactly when the table says it lacks the right.
  it('refuses every query and mutation to exactly the roles the permission table leaves out', async () => {
    const company = await t.createCompany('権限表社');
    const tokens = new Map<Role, string>();
    for (const role of ALL_ROLES) {
      const email = `matrix-${role.toLowerCase()}@dengon.example`;
      await t.createUser(email, role, isClientRole(role) ? company.id : null);
      tokens.set(role, (await t.login(email)).token);
    }
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const wrong: string[] = [];
    let asked = 0;
    for (const [field, rule] of declaredRules()) {
      const [kind, name] = field.split('.') as [string, string];
      if (kind === 'Subscription' || rule === 'public' || rule === undefined) continue;
      const root = kind === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const definition = root.getFields()[name]!;
      const document = operation(kind.toLowerCase(), name, definition.args, definition.type);
      const variables = Object.fromEntries(
        definition.args.map((arg) => [arg.name, sample(arg.type)]),
      );
      const anonymous = await t.gql(document, variables);
      if (codeOf(anonymous) !== 'UNAUTHENTICATED') wrong.push(`${field} anonymous`);
      for (const role of ALL_ROLES) {
        const result = await t.gql(document, variables, { token: tokens.get(role)! });
        asked++;
        const refused =
          codeOf(result) === 'FORBIDDEN' && /^This needs /.test(result.errors![0]!.message);
        const allowed = rule === 'signed-in' || can({ role }, rule.permission);
        if (refused === allowed) wrong.push(`${field} ${role}: ${allowed ? 'refused' : 'allowed'}`);
        // Whatever the guard lets through is answered, never failed (an id of the wrong shape included).
        if (codeOf(result) === 'INTERNAL_SERVER_ERROR')
          wrong.push(`${field} ${role}: internal error`);
      }
    }
    expect(wrong).toEqual([]);
    expect(asked).toBeGreaterThan(70 * ALL_ROLES.length);
  }, 60_000); // some 500 requests
});

/** `query($a: T!) { field(a: $a) { __typename } }`, with every argument as a variable. */
function operation(
  kind: string,
  name: string,
  args: readonly GraphQLArgument[],
  type: Parameters<typeof getNamedType>[0],
): string {
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(type)) ? '' : ' { __typename }';
  return `${kind}${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** A value the type accepts, for what only the guard will look at (an unknown id, a short text). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  const named: GraphQLNamedType = type;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named))
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  switch (named.name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    case 'JSON':
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}
