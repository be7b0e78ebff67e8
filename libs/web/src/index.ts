// The public surface of @dengon/web; apps import only from here.
export { mountDengonApp, type DengonAppOptions } from './mount';
// Apps write their own documents with the same generated function (see codegen.ts).
export { graphql } from './gql';
export type { Role } from './gql/graphql';
