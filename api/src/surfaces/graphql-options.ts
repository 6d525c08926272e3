import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLSchema } from 'graphql';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../common/errors/error-formatter';
import { queryLimitsPlugin } from '../common/graphql/query-limits.plugin';
import { CompiledExecution, withoutPropertyResolvers } from '../common/graphql/compiled-execution';
import { DateTimeScalar } from '../common/graphql/datetime.scalar';
import { DecimalScalar } from '../common/money/decimal.scalar';
import { Dec } from '../common/money/decimal';

export type Surface = 'shop' | 'admin';
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Where the committed SDL lives. When SCHEMA_OUTPUT_DIR is set (pnpm codegen, the drift test)
 * the schema is written there, sorted; otherwise it stays in memory.
 */
export function schemaFile(surface: Surface): string | true {
  const dir = process.env.SCHEMA_OUTPUT_DIR;
  return dir ? join(dir, `${surface}.graphql`) : true;
}

export function onlyReachableTypes(schema: GraphQLSchema): GraphQLSchema {
  // graphql-js collects every type reachable from the root types when `types` is empty.
  return new GraphQLSchema({ ...schema.toConfig(), types: [] });
}

export function graphqlOptions(surface: Surface, config: AppConfig, include: Type[]): ApolloDriverConfig {
  const execution = new CompiledExecution();
  // Nest's config type leaves out Apollo's `gateway`; Nest passes every option on to Apollo Server.
  const options: ApolloDriverConfig & { gateway: CompiledExecution } = {
    driver: ApolloDriver,
    path: surface === 'shop' ? '/shop-api' : '/admin-api',
    include,
    autoSchemaFile: schemaFile(surface),
    sortSchema: true,
    // Nest registers every decorated type in every schema; keep only what this API's root fields
    // reach, so the shop schema does not even name a staff-only type.
    transformSchema: (schema) => execution.useSchema(withoutPropertyResolvers(onlyReachableTypes(schema))),
    // Operations run compiled (CompiledExecution): Apollo's gateway interface is its executor hook.
    gateway: execution,
    transformAutoSchemaFile: true,
    playground: false,
    graphiql: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
    formatError: formatGraphQLError,
    plugins: [
      queryLimitsPlugin({ maxDepth: config.graphqlMaxDepth, maxCost: config.graphqlMaxCost }),
      // We send no cache hints; the default cache-control plugin would wrap every field resolver
      // (measurable on the catalog table's thousands of fields per page).
      ApolloServerPluginCacheControlDisabled() as unknown as ApolloPlugin,
    ],
    buildSchemaOptions: {
      dateScalarMode: 'isoDate',
      scalarsMap: [
        { type: Date, scalar: DateTimeScalar },
        { type: Dec, scalar: DecimalScalar },
      ],
    },
  };
  return options;
}
