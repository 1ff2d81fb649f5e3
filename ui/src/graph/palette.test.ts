import { describe, expect, it } from 'vitest';
import { contrast, DEFICIENCIES, distance } from './colour-science.test-helpers';
import { EDGE_COLOURS, familyOf, KIND_FAMILY, MAP_BACKGROUND, NETWORK_BORDER, OTHER_NODE_FILL, SECTOR_COLOURS, SHAPE_FAMILIES, FAMILY_SHAPES, sectorColour } from './palette';
import { ACTOR_KINDS, SECTORS } from './vocabulary';

describe('sector colours', () => {
  it('cover every sector with a distinct colour', () => {
    expect(Object.keys(SECTOR_COLOURS).sort()).toEqual([...SECTORS].sort());
    expect(new Set(Object.values(SECTOR_COLOURS)).size).toBe(SECTORS.length);
    expect(sectorColour('CIVIL_SOCIETY')).toBe(SECTOR_COLOURS.CIVIL_SOCIETY);
    expect(sectorColour(null)).toBe(OTHER_NODE_FILL);
  });

  it.each(SECTORS)('%s reaches 3:1 against the map background', (sector) => {
    expect(contrast(SECTOR_COLOURS[sector], MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(DEFICIENCIES))('stay apart (ΔE ≥ 15) with %s vision', (name) => {
    const colours = Object.entries(SECTOR_COLOURS);
    const close: string[] = [];
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [colours[i]!, colours[j]!];
        const d = distance(a[1], b[1], DEFICIENCIES[name] ?? null);
        if (d < 15) close.push(`${a[0]}/${b[0]} ΔE ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('would notice a colour too light for the background', () => {
    expect(contrast('#88ccee', MAP_BACKGROUND)).toBeLessThan(3);
  });
});

describe('shape families', () => {
  it('place every actor kind in a family, and use every family', () => {
    for (const kind of ACTOR_KINDS) expect(SHAPE_FAMILIES).toContain(KIND_FAMILY[kind]);
    expect(new Set(Object.values(KIND_FAMILY))).toEqual(new Set(SHAPE_FAMILIES));
  });

  it('give every family its own shape', () => {
    const shapes = SHAPE_FAMILIES.map((f) => FAMILY_SHAPES[f].cytoscape);
    expect(new Set(shapes).size).toBe(SHAPE_FAMILIES.length);
  });

  it('group kinds as a coordinator would', () => {
    expect(familyOf('PRESCHOOL')).toBe('FIRST_LINE');
    expect(familyOf('SOCIAL_SERVICES')).toBe('SPECIALISED');
    expect(familyOf('RESOURCE_CENTRE')).toBe('SPECIALISED');
    expect(familyOf('CHILD_HEALTH')).toBe('HEALTH');
    expect(familyOf('FAITH_COMMUNITY')).toBe('CIVIL');
    expect(familyOf('POLICE')).toBe('ORGANISATION');
    expect(familyOf('COORDINATOR')).toBe('FUNCTION');
    expect(familyOf('SOMETHING_NEW')).toBe('ORGANISATION');
    expect(familyOf(null)).toBe('ORGANISATION');
  });
});

describe('line colours', () => {
  it.each(['referral', 'broken', 'planned', 'membership'] as const)('%s lines reach 3:1 against the background', (key) => {
    expect(contrast(EDGE_COLOURS[key], MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('network borders reach 3:1, and neutral fills too', () => {
    expect(contrast(NETWORK_BORDER, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrast(OTHER_NODE_FILL, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
});
