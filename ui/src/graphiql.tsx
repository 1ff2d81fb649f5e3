import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';
import { DEFAULT_QUERY } from './graphiql/defaultQuery';
import './graphiql/graphiql-page.css';

// Same origin as the page: the API serves both this page and /graphql. No CDN, everything is bundled.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const container = document.getElementById('graphiql');
if (container === null) throw new Error('Aktörskartan: #graphiql is missing from graphiql.html');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        <a href="/">Aktörskartan</a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
