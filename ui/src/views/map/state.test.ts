import { describe, expect, it } from 'vitest';
import { cleared, DEFAULT_RELS, DEFAULT_STATE, hasFilters, mapCodec, nodeTypesFor, toGraphVariables, type MapState } from './state';

const parse = (query: string) => mapCodec.parse(new URLSearchParams(query));
const roundTrip = (state: MapState) => mapCodec.parse(mapCodec.serialize(state));

describe('the map URL codec', () => {
  it('gives the defaults for an empty URL, and writes nothing for them', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(mapCodec.serialize(DEFAULT_STATE).toString()).toBe('');
  });

  it('round-trips every field', () => {
    const state: MapState = {
      area: 'stromsund', sectors: ['MUNICIPAL', 'CIVIL_SOCIETY'], kinds: ['PRESCHOOL'], levels: ['LOCAL'], topic: 'topic-hrv',
      rels: ['REFERS_TO', 'WORKS_ON'], focus: 'berg-forskola', depth: 2, select: 'berg-socialtjanst', layout: 'municipality',
      finding: 'f-e08e01426d68afd4',
    };
    expect(roundTrip(state)).toEqual(state);
    expect(mapCodec.serialize(state).toString()).toBe(
      'area=stromsund&sectors=MUNICIPAL%2CCIVIL_SOCIETY&kinds=PRESCHOOL&levels=LOCAL&topic=topic-hrv&rels=REFERS_TO%2CWORKS_ON&focus=berg-forskola&depth=2&select=berg-socialtjanst&layout=municipality&finding=f-e08e01426d68afd4',
    );
  });

  it('drops unknown values and out-of-range numbers, value by value', () => {
    const state = parse('sectors=MUNICIPAL,PLANET&kinds=SCHOOL,DRAGON&levels=GALACTIC&rels=NONSENSE&depth=7&layout=spiral&area=%20');
    expect(state.sectors).toEqual(['MUNICIPAL']);
    expect(state.kinds).toEqual(['SCHOOL']);
    expect(state.levels).toEqual([]);
    expect(state.rels).toEqual(DEFAULT_RELS);
    expect(state.depth).toBe(1);
    expect(state.layout).toBe('fcose');
    expect(state.area).toBeUndefined();
  });

  it('writes the depth only with a focus, and the relationship types only when not the default', () => {
    expect(mapCodec.serialize({ ...DEFAULT_STATE, depth: 3 }).toString()).toBe('');
    expect(mapCodec.serialize({ ...DEFAULT_STATE, rels: [...DEFAULT_RELS].reverse() }).toString()).toBe('');
    expect(mapCodec.serialize({ ...DEFAULT_STATE, focus: 'x', depth: 3 }).toString()).toBe('focus=x&depth=3');
  });
});

describe('filters as GraphQL variables', () => {
  it('asks for actors and networks with the default relationship types', () => {
    expect(toGraphVariables(DEFAULT_STATE)).toEqual({
      filter: { nodeTypes: ['ACTOR', 'NETWORK'], relationshipTypes: ['MEMBER_OF', 'CONVENES', 'REFERS_TO', 'PART_OF'] },
    });
  });

  it('passes only what is set, lists in schema order, and kinds as actorKinds', () => {
    const state: MapState = { ...DEFAULT_STATE, area: 'krokom', sectors: ['PRIVATE', 'MUNICIPAL'], kinds: ['SCHOOL', 'PRESCHOOL'], levels: ['NATIONAL', 'LOCAL'], topic: 't' };
    expect(toGraphVariables(state).filter).toEqual({
      area: 'krokom',
      sectors: ['MUNICIPAL', 'PRIVATE'],
      actorKinds: ['PRESCHOOL', 'SCHOOL'],
      levels: ['LOCAL', 'NATIONAL'],
      topic: 't',
      nodeTypes: ['ACTOR', 'NETWORK'],
      relationshipTypes: ['MEMBER_OF', 'CONVENES', 'REFERS_TO', 'PART_OF'],
    });
  });

  it('draws the node types the chosen relationship types reach', () => {
    expect(nodeTypesFor(['REFERS_TO'])).toEqual(['ACTOR']);
    expect(nodeTypesFor(['WORKS_ON', 'SITS_IN'])).toEqual(['ACTOR', 'NETWORK', 'PERSON', 'TOPIC']);
    expect(nodeTypesFor(['COVERS'])).toEqual(['ACTOR', 'TOPIC', 'ROUTINE']);
    expect(nodeTypesFor(['LOCATED_IN'])).toEqual(['ACTOR', 'NETWORK', 'AREA']);
  });

  it('knows when filters are set, and clears them but keeps selection, layout and finding', () => {
    const state: MapState = { ...DEFAULT_STATE, area: 'berg', focus: 'x', select: 'y', layout: 'concentric', finding: 'f' };
    expect(hasFilters(DEFAULT_STATE)).toBe(false);
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters({ ...DEFAULT_STATE, rels: ['REFERS_TO'] })).toBe(true);
    expect(cleared(state)).toEqual({ ...DEFAULT_STATE, select: 'y', layout: 'concentric', finding: 'f' });
  });
});
