import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';
import { labelEditors } from './graphiql/accessible-editors';
import { DEFAULT_QUERY } from './graphiql/defaultQuery';
import './graphiql/graphiql-page.css';

// Same origin as the page: the API serves both this page and /graphql. No CDN, everything is bundled.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const container = document.getElementById('graphiql');
if (container === null) throw new Error('Aktörskartan: #graphiql is missing from graphiql.html');

labelEditors(container);
createRoot(container).render(
  <StrictMode>
    {/* Light only: its colours are the ones checked for contrast (graphiql-page.css). */}
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} forcedTheme="light">
      <GraphiQL.Logo>
        <a href="/">Aktörskartan</a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
