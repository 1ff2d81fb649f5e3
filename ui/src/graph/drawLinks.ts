/**
 * Drawing a link by dragging from node to node (cytoscape-edgehandles, in draw mode: the whole
 * node is the handle). The drawn edge is only a gesture: it is taken off again at once and the
 * two ends go to the caller, which opens the form that creates the real relationship.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

let registered = false;

/** Which ends may be joined by a drawn link: an actor to a network (membership) or to another actor (referral). */
export function canDraw(sourceType: unknown, targetType: unknown): boolean {
  return sourceType === 'ACTOR' && (targetType === 'NETWORK' || targetType === 'ACTOR');
}

export interface LinkDrawing {
  stop(): void;
}

export function startDrawing(cy: Core, onDraw: (sourceId: string, targetId: string) => void): LinkDrawing {
  if (!registered) {
    cytoscape.use(edgehandles);
    registered = true;
  }
  const eh = cy.edgehandles({
    canConnect: (source: NodeSingular, target: NodeSingular) =>
      source.id() !== target.id() && !target.hasClass('cluster-label') && canDraw(source.data('type'), target.data('type')),
    edgeParams: () => ({ data: {}, classes: 'drawn-link' }),
    hoverDelay: 50,
    snap: true,
    snapThreshold: 30,
    noEdgeEventsInDraw: true,
    disableBrowserGestures: true,
  });
  const complete = (_event: unknown, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
    added.remove();
    onDraw(source.id(), target.id());
  };
  cy.on('ehcomplete', complete as unknown as cytoscape.EventHandler);
  eh.enableDrawMode();
  cy.autoungrabify(true);
  return {
    stop() {
      cy.off('ehcomplete', complete as unknown as cytoscape.EventHandler);
      eh.disableDrawMode();
      eh.destroy();
      cy.autoungrabify(false);
    },
  };
}
