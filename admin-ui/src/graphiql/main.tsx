import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';

import { createGraphiQLFetcher, createLocalStorage } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { resolveEndpoint } from './endpoint';

const endpoint = resolveEndpoint(window.location);

const fetcher = createGraphiQLFetcher({
  url: endpoint,
  enableIncrementalDelivery: false,
  // Same-origin cookies only; tokens go in the Headers editor, never in the page.
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# Wholesail GraphQL console: ${endpoint}
#
# Signed-in operations need a token. Paste it in "Headers" below:
# {"Authorization": "Bearer <access token or API key>"}
# Headers are not stored unless you enable that in Settings.

query Me {
  me {
    __typename
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from graphiql.html');
document.title = `GraphiQL · ${endpoint}`;

createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      // Both endpoints share an origin: keep their tabs and history apart.
      storage={createLocalStorage({ namespace: `graphiql${endpoint}` })}
      defaultQuery={defaultQuery}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
