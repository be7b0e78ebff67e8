import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum from a list of string values kept in libs/domain, named by
 * its values (OPERATOR, TOLL_FREE…) as clients see them.
 */
export function graphqlEnum<T extends string>(values: readonly T[], name: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name });
  return enumObject;
}
