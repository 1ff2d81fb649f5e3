/**
 * County and national networks. County networks gather the municipalities, but not all of them:
 * the county network for parental support lacks at least one municipality in every county with
 * four or more (as Strömsund and Åre were missing in Jämtland 2024). The ViNR contact network and
 * the coordinators' network share most of their members, as they do in the report.
 */
import type { CountyActors, NationalActors } from './actors.js';
import type { GraphBuilder } from './builder.js';
import type { Municipality } from './municipality.js';
import { addNetwork, type NetworkRecord, type NetworkSpec } from './networks.js';
import type { Rng } from './prng.js';

/** The municipalities kept, each left out with probability p (never all; with 4 or more, at least one is). */
function someOf(rng: Rng, ms: readonly Municipality[], p: number, forceGap: boolean): Municipality[] {
  const kept = ms.filter(() => !rng.chance(p));
  if (kept.length === 0 && ms.length > 0) return [rng.pick(ms)];
  if (forceGap && ms.length >= 4 && kept.length === ms.length) {
    const gap = rng.pick(ms);
    return kept.filter((m) => m !== gap);
  }
  return kept;
}

export function countyNetworks(
  b: GraphBuilder, rng: Rng, c: CountyActors, area: string, countyName: string, ms: readonly Municipality[],
): NetworkRecord[] {
  const out: NetworkRecord[] = [];
  const net = (suffix: string, name: string, spec: Omit<NetworkSpec, 'id' | 'name' | 'level' | 'area'>) => {
    const record = addNetwork(b, rng, { ...spec, id: `net-${c.slug}-${suffix}`, name: `${name}, ${countyName}`, level: 'REGIONAL', area });
    out.push(record);
    return record;
  };
  const maybe = <T>(p: number, value: T): T | null => (rng.chance(p) ? value : null);

  net('lansnatverk-foraldraskapsstod', 'Länsnätverk för föräldraskapsstöd', {
    kind: 'NETWORK', topics: ['topic-parental-support'], conveners: rng.chance(0.85) ? [c.publicHealth] : [],
    members: [c.publicHealth, c.bhv, c.countyBoard, maybe(0.5, c.university),
      ...someOf(rng, ms, 0.18, true).map((m) => m.parentingCoordinator ?? m.publicHealth)],
    purpose: 'Information, utveckling och erfarenhetsutbyte inom området föräldraskapsstöd.',
  });
  const coordinators = someOf(rng, ms, 0.08, false).map((m) => m.coordinator);
  net('kontaktpersonsnatverk-vinr', 'Kontaktpersonsnätverk våld i nära relation', {
    kind: 'NETWORK', topics: ['topic-vinr'], conveners: [c.countyBoard], status: 'ACTIVE',
    members: [c.countyBoard, ...coordinators, c.coordinator, c.police, c.shelter, c.resourceCentre],
  });
  net('samordnarnatverk-vinr', 'Samordnarnätverk våld i nära relation', {
    kind: 'NETWORK', topics: rng.chance(0.5) ? ['topic-vinr', 'topic-hrv'] : ['topic-vinr'], conveners: [c.resourceCentre], status: 'ACTIVE',
    members: [c.resourceCentre, ...coordinators.filter(() => !rng.chance(0.05)), c.coordinator, maybe(0.3, c.countyBoard)],
    purpose: 'Forum för information och erfarenhetsutbyte mellan kommunernas samordnare.',
  });
  net('barnahus', 'Barnahus', {
    kind: 'COLLABORATION', formal: true, topics: ['topic-child-crime-victims'], conveners: rng.chance(0.5) ? [c.region] : [], status: 'ACTIVE',
    members: [c.region, c.police, c.prosecutor, c.bup, c.paediatrics, ...someOf(rng, ms, 0.05, false).map((m) => m.ifo)],
    purpose: 'Samverkan kring barn som misstänks ha utsatts för brott.',
  });
  net('regionalt-hrv', 'Regionalt nätverk mot hedersrelaterat våld och förtryck', {
    kind: 'NETWORK', topics: rng.chance(0.5) ? ['topic-hrv', 'topic-child-marriage', 'topic-fgm'] : ['topic-hrv', 'topic-child-marriage'],
    conveners: [c.hrvCentre ?? c.resourceCentre],
    members: [c.hrvCentre ?? c.resourceCentre, c.resourceCentre, c.coordinator, c.countyBoard, c.police, c.shelter, maybe(0.5, c.bhv),
      maybe(0.4, c.mhv), ...someOf(rng, ms, 0.25, false).map((m) => m.ifo)],
  });
  if (rng.chance(0.7)) {
    net('familjecentraler', 'Länets nätverk för familjecentraler', {
      kind: 'NETWORK', topics: ['topic-parental-support', 'topic-child-health'], conveners: rng.chance(0.7) ? [c.bhv] : [],
      members: [c.bhv, c.publicHealth, ...ms.flatMap((m) => m.familyCentres.slice(0, 1)).filter(() => !rng.chance(0.15))],
    });
  }
  if (rng.chance(0.5)) {
    net('elevhalsa', 'Regionalt elevhälsonätverk', {
      kind: 'NETWORK', topics: ['topic-child-health'], conveners: rng.chance(0.5) ? [c.bup] : [],
      members: [c.bup, maybe(0.6, c.university), ...someOf(rng, ms, 0.2, false).map((m) => m.schoolHealth)],
    });
  }
  if (rng.chance(0.5)) {
    net('operativ-samverkan-vald', 'Operativ samverkan mot våld', {
      kind: 'FORUM', topics: ['topic-vinr'], conveners: rng.chance(0.4) ? [c.police] : [],
      members: [c.police, c.resourceCentre, c.coordinator, c.shelter, ...someOf(rng, ms, 0.4, false).map((m) => m.ifo)],
      purpose: 'Operativ samverkan kring vuxna som är utsatta för våld.',
    });
  }
  if (rng.chance(0.5)) {
    net('utvecklingsuppdrag-hrv', 'Länsstyrelsens utvecklingsuppdrag mot hedersrelaterat våld', {
      kind: 'INITIATIVE', timeLimited: true, topics: ['topic-hrv'], conveners: [c.countyBoard],
      members: [c.countyBoard, c.resourceCentre, c.hrvCentre, ...coordinators.filter(() => rng.chance(0.5))],
    });
  }
  if (rng.chance(0.6)) {
    net('intern-hrv-region', 'Intern samverkan kring hedersrelaterat våld i regionen', {
      kind: 'NETWORK', topics: ['topic-hrv', 'topic-fgm'], conveners: rng.chance(0.5) ? [c.coordinator] : [],
      members: [c.coordinator, c.bhv, c.mhv, c.bup, c.paediatrics, c.gynaecology, maybe(0.6, c.extras[1])],
    });
  }
  if (rng.chance(0.4)) {
    net('civilsamhallesforum', 'Länsforum för civilsamhället', {
      kind: 'FORUM', formal: false, topics: ['topic-parental-support', 'topic-vinr'], conveners: [c.countyBoard],
      members: [c.countyBoard, c.shelter, ...c.extras.slice(2), ...ms.flatMap((m) => m.civil.slice(0, 1)).filter(() => rng.chance(0.5))],
    });
  }
  return out;
}

export function nationalNetworks(
  b: GraphBuilder, rng: Rng, n: NationalActors, counties: readonly CountyActors[],
): NetworkRecord[] {
  const net = (id: string, name: string, spec: Omit<NetworkSpec, 'id' | 'name' | 'level' | 'area'>) =>
    addNetwork(b, rng, { ...spec, id, name, level: 'NATIONAL', area: n.area, status: 'ACTIVE' });
  const equality = n.agencies[1];
  const nck = n.agencies[5];
  return [
    net('net-nationellt-lansamordnare', 'Nationellt nätverk för länssamordnare mot våld', {
      kind: 'NETWORK', topics: ['topic-vinr', 'topic-hrv'], conveners: [equality],
      members: [equality, nck, ...counties.map((c) => c.countyBoard)],
    }),
    net('net-mfof-regionalt-foraldraskapsstod', 'MFoF:s nätverk för regionalt föräldraskapsstöd', {
      kind: 'NETWORK', topics: ['topic-parental-support'], conveners: [n.mfof],
      members: [n.mfof, ...counties.flatMap((c) => [c.countyBoard, c.publicHealth]).filter(() => rng.chance(0.7))],
    }),
    net('net-nationellt-kompetensteam-heder', 'Nationellt kompetensteam heder – regionala kontaktpersoner', {
      kind: 'NETWORK', topics: ['topic-hrv', 'topic-child-marriage', 'topic-fgm'], conveners: [n.hrvCentre],
      members: [n.hrvCentre, ...counties.map((c) => c.hrvCentre ?? c.resourceCentre)],
    }),
  ];
}
