import type { ApolloDriverConfig } from '@nestjs/apollo';
import { FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visited) : 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue; // a cycle: validation reports it
      const fragment = fragments[name];
      depth = fragment ? depthOf(fragment.selectionSet, fragments, new Set([...visited, name])) : 0;
    }
    max = Math.max(max, depth);
  }
  return max;
}

/**
 * The variables as the cost estimate needs them: every list given empty. The estimate counts the
 * fields selected (no field's cost depends on its arguments) and reads variables only for @include and
 * @skip, yet the estimator coerces all of them — for an integrator's 10 000 rows that was a fifth of
 * the request's CPU. An empty list satisfies every list type; objects keep their other values.
 */
export function withEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = withEmptyLists(v);
  return copy;
}

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, ...details } });
}

/**
 * Refuses abusive queries before they run: nesting deeper than maxDepth, or an estimated cost
 * above maxCost (each field costs 1; list fields declare `complexity` in their field options).
 */
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function queryLimitsPlugin(limits: QueryLimits): Plugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation, schema }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          }
          const depth = depthOf((operation as OperationDefinitionNode).selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            throw tooComplex(`Query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: withEmptyLists(request.variables ?? {}) as Record<string, unknown>,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > limits.maxCost) {
            throw tooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxCost}`, {
              cost,
              maxCost: limits.maxCost,
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
