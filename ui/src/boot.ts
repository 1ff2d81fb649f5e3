/**
 * What the map page needs first, started before React and the views' code run (main.tsx imports
 * this module first): the page's GraphQL requests, the layout worker, the canvas's code, and —
 * as soon as the map's data is in — its layout. The hooks and the canvas then take these over
 * (earlyRequests.ts, layouts.ts) instead of starting them after React's first render.
 */
import { ME_QUERY } from './app/me';
import { viewFromPath } from './app/router';
import { askEarly } from './api/earlyRequests';
import { elementsOf } from './graph/elements';
import { prewarmLayoutWorker } from './graph/layoutClient';
import { startFreshLayoutEarly } from './graph/layouts';
import { CHOICES_QUERY, GRAPH_QUERY, type GraphData } from './views/map/queries';
import { mapCodec, toGraphVariables } from './views/map/state';

performance.mark('boot:script');

if (viewFromPath(window.location.pathname) === 'map') {
  const state = mapCodec.parse(new URLSearchParams(window.location.search));
  prewarmLayoutWorker();
  void import('./graph/MapCanvas');
  const graph = askEarly<GraphData, ReturnType<typeof toGraphVariables>>(GRAPH_QUERY, toGraphVariables(state));
  askEarly(CHOICES_QUERY, {});
  askEarly(ME_QUERY, {});
  performance.mark('boot:fetch-sent');
  // Only the whole map drawn from scratch: a focus narrows the view, other layouts need no worker.
  if (state.focus === undefined && state.layout === 'fcose') {
    graph.then((data) => {
      performance.mark('boot:data');
      startFreshLayoutEarly(elementsOf(data.graph));
    }, () => undefined);
  }
}
