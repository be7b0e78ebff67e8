import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  type GraphQLCompositeType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * What one GraphQL request may ask for, checked before anything runs: an
 * answering service is 24/7, and one heavy request must not starve the
 * telephony webhooks that share the process. docs/security.md lists them.
 */
export const QUERY_LIMITS = {
  aliases: 10,
  depth: 10,
  tokens: 2000,
  directives: 20,
  /** Objects a response may hold, by the estimate below. */
  cost: 10_000,
  /** What a list without `first` is assumed to hold (status history, comments, invoice lines). */
  unpagedList: 10,
} as const;

/**
 * Cost = the objects a response may hold: an object field costs 1 plus its
 * children, a list multiplies that by its `first` (or the assumed size of an
 * unpaged list), scalars are free. Aliases of the same field each cost again.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 0;
  const one = 1 + childComplexity;
  const first: unknown = args['first'];
  if (typeof first === 'number') return one * Math.max(first, 0);
  // A page's items are counted by the `first` of the field that returned the page.
  if (isPage(type) && field.name === 'items') return one;
  return isList(field.type) ? one * QUERY_LIMITS.unpagedList : one;
};

/** A cursor page: `{ items, nextCursor }`. */
function isPage(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && 'items' in type.getFields() && 'nextCursor' in type.getFields();
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Admits operations while the cost of those running stays within one
 * maximal query's worth, so a burst of heavy requests queues behind each
 * other instead of starving the webhooks and health checks of the same
 * process. Cheap operations (a page of rows, a mutation) pass at once.
 */
export class CostGate {
  private running = 0;
  private readonly queue: { cost: number; admit: () => void }[] = [];

  constructor(private readonly budget: number) {}

  /** Resolves with the release to call when the operation is done (once). */
  async admit(cost: number): Promise<() => void> {
    if (this.queue.length > 0 || (this.running > 0 && this.running + cost > this.budget)) {
      await new Promise<void>((admit) => this.queue.push({ cost, admit }));
    } else {
      this.running += cost;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= cost;
      this.next();
    };
  }

  private next(): void {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      if (this.running > 0 && this.running + head.cost > this.budget) return;
      this.queue.shift();
      this.running += head.cost;
      head.admit();
    }
  }
}

/**
 * Refuses an operation whose estimated cost is over the limit, naming it,
 * before it runs; admits the others through the gate.
 */
function costLimit(gate: CostGate): ApolloServerPlugin {
  return {
    requestDidStart: () => {
      let release: (() => void) | undefined;
      return Promise.resolve({
        didResolveOperation: async ({ request, document, schema }) => {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName,
              estimators: [listAwareEstimator],
            });
          } catch {
            // Variables of the wrong type: execution refuses them before any resolver runs,
            // with the error that names them.
            return;
          }
          if (cost > QUERY_LIMITS.cost) {
            throw new GraphQLError(
              `Query cost limit of ${QUERY_LIMITS.cost} exceeded, found ${cost}: ask for smaller pages or fewer aliases`,
              {
                extensions: {
                  code: 'QUERY_TOO_COSTLY',
                  limit: QUERY_LIMITS.cost,
                  cost,
                  http: { status: 400 },
                },
              },
            );
          }
          release = await gate.admit(cost);
        },
        willSendResponse: () => {
          release?.();
          return Promise.resolve();
        },
      });
    },
  };
}

/** The Apollo options that bound every request: graphql-armor's limits and the list-aware cost. */
export function queryLimits(production: boolean): {
  parseOptions: { maxTokens: number };
  plugins: ApolloServerPlugin[];
  validationRules: ReturnType<ApolloArmor['protect']>['validationRules'];
} {
  const armor = new ApolloArmor({
    maxAliases: { n: QUERY_LIMITS.aliases, exposeLimits: true },
    maxDepth: { n: QUERY_LIMITS.depth, exposeLimits: true, flattenFragments: true },
    // graphql-js aborts the parse itself at the limit (below), before the whole document is read.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.directives, exposeLimits: true },
    // The list-aware cost below replaces armor's, which cannot see page sizes.
    costLimit: { enabled: false },
    // Suggestions help a developer; in production they would map the schema for an attacker.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    plugins: [...armor.plugins, costLimit(new CostGate(QUERY_LIMITS.cost))],
    validationRules: armor.validationRules,
  };
}
