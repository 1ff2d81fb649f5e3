import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphqlRequest';
import { sv } from '../i18n/sv';
import { buildOverview } from '../stats/overview';
import { OverviewView } from './OverviewView';
import { EmptyPanel, ErrorPanel, LoadingPanel } from './StatusPanel';

// The rendered HTML (no DOM needed): what a screen reader and a keyboard user get.
const overview = buildOverview(
  {
    graphVersion: 1204,
    nodes: [
      { type: 'ACTOR', count: 15000 },
      { type: 'NETWORK', count: 3000 },
    ],
    relationships: [{ type: 'MEMBER_OF', count: 100000 }],
    municipalities: [
      { area: { id: 'ostersund', name: 'Östersund' }, actors: 1500, networks: 12 },
      { area: { id: 'berg', name: 'Berg' }, actors: 40, networks: 3 },
    ],
  },
  sv,
);
const html = renderToStaticMarkup(createElement(OverviewView, { t: sv, overview }));

const headingLevels = (markup: string): number[] => [...markup.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));

describe('the overview markup', () => {
  it('has headings in order: h2 for sections, h3 inside them', () => {
    expect(headingLevels(html)).toEqual([2, 3, 3, 2]);
  });

  it('has a real table with a caption and scoped headers', () => {
    expect(html).toContain(`<caption>${sv.municipalities.caption}</caption>`);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<th scope="row">Berg</th>');
  });

  it('shows the municipalities in Swedish order and numbers in Swedish format', () => {
    expect(html.indexOf('Berg')).toBeLessThan(html.indexOf('Östersund'));
    expect(html).toContain('<dd>15\u00a0000</dd>');
    expect(html).toContain('<td class="num">1\u00a0500</td>');
    expect(html).toContain('Kartversion 1\u00a0204');
  });

  it('labels the counts in Swedish', () => {
    expect(html).toContain('<dt>Aktörer</dt>');
    expect(html).toContain('<dt>Medlemskap</dt>');
  });

  it('says when there are no municipalities instead of an empty table', () => {
    const none = renderToStaticMarkup(createElement(OverviewView, { t: sv, overview: { ...overview, municipalities: [] } }));
    expect(none).not.toContain('<table');
    expect(none).toContain(sv.municipalities.none);
  });
});

describe('the status panels', () => {
  it('announces loading politely', () => {
    expect(renderToStaticMarkup(createElement(LoadingPanel, { t: sv }))).toBe(
      '<p class="panel panel--quiet" role="status">Hämtar kartan …</p>',
    );
  });

  it('says what went wrong, what to do, and offers a retry', () => {
    const error = new GraphQLRequestError('http', 'HTTP 502 Bad Gateway', 502);
    const markup = renderToStaticMarkup(createElement(ErrorPanel, { t: sv, error, onRetry: () => undefined }));
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('<h2 id="error-title">Kunde inte hämta kartan</h2>');
    expect(markup).toContain('Servern svarade med ett fel.');
    expect(markup).toContain('Kontrollera att servern är igång och ladda om sidan.');
    expect(markup).toContain('Tekniskt fel: HTTP 502 Bad Gateway');
    expect(markup).toContain('<button type="button">Försök igen</button>');
  });

  it('tells an empty map how to get data and links to GraphiQL', () => {
    const markup = renderToStaticMarkup(createElement(EmptyPanel, { t: sv }));
    expect(markup).toContain('Kartan är tom – importera data');
    expect(markup).toContain('<a href="/graphiql">Utforska API:t (GraphiQL)</a>');
  });
});
