import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents for an app from one of the committed schemas (`shop` or `admin`), never from a
 * running server, so the SPA builds offline and CI catches drift between the two. Paths are
 * relative to the app folder; the output (`src/gql/`) is committed per app.
 */
export function defineCodegenConfig(schema: 'shop' | 'admin'): CodegenConfig {
  return {
    schema: `../shared/graphql/${schema}.graphql`,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
    ignoreNoDocuments: true,
    generates: {
      './src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        // Documents carry __typename like the ones Apollo sends, so a result fetched outside Apollo
        // (the token refresh) can be written to the cache as is.
        documentTransforms: [addTypenameSelectionDocumentTransform],
        config: {
          scalars: { DateTime: 'string', Decimal: 'string' },
          enumsAsTypes: true,
          useTypeImports: true,
          defaultScalarType: 'unknown',
          nonOptionalTypename: true,
          avoidOptionals: { field: true, inputValue: false },
        },
      },
      // Which object types belong to each union/interface, so InMemoryCache can match fragments on them.
      './src/gql/possible-types.ts': {
        plugins: ['fragment-matcher'],
        config: { useExplicitTyping: true },
      },
    },
  };
}
