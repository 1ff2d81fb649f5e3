/**
 * Where an editor limited to areas may restore a deleted node (policy.outsideAreas for
 * restoreDeleted): judged as the restore leaves the map, on a small named map of areas.
 */
import { describe, expect, it } from 'vitest';
import { outsideAreas, type AreaMap } from '../../src/auth/policy.js';

// Jämtlands län > Krokom, Berg. Actors: ifo (Krokom), berg-ifo (Berg); skola lost its area with the deleted "krokom-norr".
const PARENT: Record<string, string | null> = { lan: null, krokom: 'lan', berg: 'lan' };
const LOCATED: Record<string, string | null> = { ifo: 'krokom', 'berg-ifo': 'berg', skola: null };
const map: AreaMap = {
  areaOf: (id) => (id in PARENT ? id : LOCATED[id] ?? null),
  endsOf: () => null,
  within: (area) => new Set(Object.keys(PARENT).filter((a) => {
    for (let at: string | null = a; at !== null; at = PARENT[at] ?? null) if (at === area) return true;
    return false;
  })),
};
const asKrokom = (args: Record<string, unknown>) => outsideAreas(['krokom'], 'restoreDeleted', args, map);
const actor = (id: string, areaId: string) => ({ actor: { id, name: id, kind: 'SCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', areaId } });

describe('restoring a deleted node as an editor limited to Krokom', () => {
  it('may restore a Krokom actor with links that start at it or at Krokom actors', () => {
    expect(asKrokom({
      node: actor('skola-2', 'krokom'),
      memberships: [{ actorId: 'skola-2', networkId: 'net-anywhere' }],
      referrals: [{ fromId: 'ifo', toId: 'skola-2' }],
    })).toBeNull();
  });

  it('may not restore a Berg actor, nor a Krokom actor with a referral from Berg, and says which field', () => {
    expect(asKrokom({ node: actor('x', 'berg') })).toBe('node.actor.areaId');
    expect(asKrokom({ node: actor('x', 'krokom'), referrals: [{ fromId: 'ifo', toId: 'x' }, { fromId: 'berg-ifo', toId: 'x' }] })).toBe('referrals[1].fromId');
    expect(asKrokom({ node: { topic: { id: 't', name: 't' } } })).toBe('node.topic.areaId');
    expect(asKrokom({ node: {} })).toBe('node');
  });

  it('may restore an area within Krokom with what lay in it, judged where the restore puts it', () => {
    const norr = { area: { id: 'krokom-norr', name: 'Krokom norr', type: 'DISTRICT', parentId: 'krokom' } };
    const placed = { links: [{ type: 'LOCATED_IN', sourceId: 'skola', targetId: 'krokom-norr' }] };
    expect(asKrokom({ node: norr, ...placed })).toBeNull();
    // The same area under Berg is not Krokom's, nor is what the restore would place in it.
    expect(asKrokom({ node: { area: { ...norr.area, parentId: 'berg' } }, ...placed })).toBe('node.area.parentId');
    // An actor elsewhere is not placed in Krokom by a link to the restored area.
    expect(asKrokom({ node: norr, links: [{ type: 'LOCATED_IN', sourceId: 'berg-ifo', targetId: 'krokom-norr' }] })).toBe('links[0].sourceId');
  });
});
