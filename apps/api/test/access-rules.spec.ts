import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE } from '../src/auth/roles.decorator';
import { TestApp } from './test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Deny by default is only as good as its coverage: every root field must state its roles. */
describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('has an explicit role rule on every query, mutation and subscription', () => {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const found = new Map<string, unknown>();
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

    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((root) =>
      root ? Object.keys(root.getFields()).map((f) => `${root.name}.${f}`) : [],
    );
    expect([...found.keys()].sort()).toEqual(fields.sort());
    const missing = [...found].filter(([, rule]) => rule === undefined).map(([field]) => field);
    expect(missing).toEqual([]);
  });
});
