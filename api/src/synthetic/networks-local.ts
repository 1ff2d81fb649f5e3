/**
 * The networks of one municipality: child-health and school-health teams, the local network
 * against violence and honour-related violence (sometimes without the police or the preschool,
 * sometimes shadowed by a working group with nearly the same members), the steering group for
 * parental support, SSPF, family-centre boards, crime-prevention council and a few more.
 */
import type { TopicId } from './catalogue.js';
import type { Municipality } from './municipality.js';
import { addNetwork, groups, type NetworkRecord, type NetworkSpec } from './networks.js';
import type { GraphBuilder } from './builder.js';
import type { Rng } from './prng.js';

export function localNetworks(b: GraphBuilder, rng: Rng, m: Municipality): NetworkRecord[] {
  const out: NetworkRecord[] = [];
  const c = m.county;
  const net = (suffix: string, name: string, spec: Omit<NetworkSpec, 'id' | 'name' | 'level' | 'area'>) => {
    const record = addNetwork(b, rng, { ...spec, id: `net-${m.id}-${suffix}`, name: `${name}, ${m.name}`, level: 'LOCAL', area: m.id });
    out.push(record);
    return record;
  };
  const maybe = <T>(p: number, value: T): T | null => (rng.chance(p) ? value : null);
  const police = m.police ?? c.police;
  const firstFamilyCentre = m.familyCentres[0] ?? null;
  const firstBvc = m.bvc[0] ?? null;

  groups(m.preschools, 5).forEach((group, i) => {
    net(`barnhalsoteam-${i + 1}`, `Barnhälsoteam ${i + 1}`, {
      kind: 'TEAM', topics: rng.chance(0.4) ? ['topic-child-health', 'topic-hrv'] : ['topic-child-health'],
      conveners: rng.chance(0.85) ? [group[0]] : [],
      members: [...group, firstBvc, maybe(0.7, m.ifo), firstFamilyCentre, maybe(0.4, m.openCare), maybe(0.3, m.privateEducation[i])],
      purpose: 'Tidig samverkan kring barn i förskoleåldern och deras föräldrar.',
    });
  });
  groups(m.schools, 4).forEach((group, i) => {
    const topics: TopicId[] = ['topic-child-health'];
    if (rng.chance(0.5)) topics.push('topic-school-absence');
    if (rng.chance(0.3)) topics.push('topic-hrv');
    net(`elevhalsoteam-${i + 1}`, `Elevhälsoteam ${i + 1}`, {
      kind: 'TEAM', topics, conveners: rng.chance(0.85) ? [m.schoolHealth] : [],
      members: [m.schoolHealth, ...group, maybe(0.4, m.ifo), maybe(0.2, c.bup), maybe(0.2, m.leisure[0])],
    });
  });

  // The local network against violence: the hub of the municipality's HRV work.
  const hrvMembers = [
    m.coordinator, m.ifo, m.openCare, maybe(0.82, police), maybe(0.75, m.preschools[0]), m.schools[0], maybe(0.25, m.schools[1]),
    m.schoolHealth, firstBvc, m.mvc, firstFamilyCentre, maybe(0.5, m.sfi), maybe(0.4, m.integration), maybe(0.25, m.healthCentres[0]),
    maybe(0.7, m.shelter ?? c.shelter), maybe(0.25, m.youthClinic), maybe(0.2, m.faith[0]), maybe(0.3, c.resourceCentre),
    maybe(0.15, m.privateCare[0]),
  ];
  const hrvTopics: TopicId[] = rng.chance(0.3) ? ['topic-vinr', 'topic-hrv', 'topic-child-marriage'] : ['topic-vinr', 'topic-hrv'];
  const hrv = net('vald-hrv', 'Lokalt nätverk mot våld i nära relation och hedersrelaterat våld', {
    kind: 'NETWORK', topics: hrvTopics, conveners: rng.chance(0.85) ? [m.coordinator] : [], members: hrvMembers,
    purpose: 'Samordning och kompetensutbyte kring våld i nära relation och hedersrelaterat våld.',
  });
  if (rng.chance(0.15) && hrv.members.length >= 6) {
    // A working group set up beside the network, with nearly the same members: a duplicate.
    const others = hrv.members.map((x) => x.actor).filter((a) => a !== m.coordinator);
    const dropped = rng.pick(others);
    net('arbetsgrupp-heder', 'Arbetsgrupp mot hedersrelaterat våld', {
      kind: 'WORKING_GROUP', topics: ['topic-hrv'], conveners: [rng.chance(0.5) ? m.coordinator : m.ifo],
      members: [...hrv.members.map((x) => x.actor).filter((a) => a !== dropped), maybe(0.3, m.integration)],
      description: rng.chance(0.5) ? 'Startades av socialtjänsten; samma personer som i det lokala nätverket.' : null,
    });
  }
  if (rng.chance(0.75)) {
    const convener = m.parentingCoordinator ?? m.publicHealth;
    net('styrgrupp-fs', 'Styrgrupp för föräldraskapsstöd', {
      kind: 'STEERING_GROUP', formal: true, ...(rng.chance(0.15) ? { status: 'PLANNED' as const } : {}),
      topics: rng.chance(0.2) ? ['topic-parental-support', 'topic-gender-equality'] : ['topic-parental-support'],
      conveners: [convener],
      members: [convener, m.kommun, m.publicHealth, m.ifo, m.openCare, maybe(0.7, m.preschools[0]), maybe(0.7, m.schools[0]), firstFamilyCentre,
        maybe(0.6, firstBvc), maybe(0.5, m.library), maybe(0.5, m.integration), maybe(0.3, m.civil[0])],
      purpose: 'Styra kommunens föräldraskapsstöd enligt den nationella strategin.',
    });
  }
  if (rng.chance(0.7)) {
    net('sspf', 'SSPF (skola, socialtjänst, polis, fritid)', {
      kind: 'COLLABORATION', topics: rng.chance(0.4) ? ['topic-norm-breaking-youth', 'topic-andts'] : ['topic-norm-breaking-youth'],
      conveners: rng.chance(0.8) ? [rng.pick([m.ifo, m.leisure[0] ?? m.ifo])] : [],
      members: [...m.teenSchools.slice(0, 3), m.ifo, police, ...m.leisure, maybe(0.5, m.schoolHealth)],
    });
  }
  m.familyCentres.forEach((fc, i) => {
    net(`ledningsgrupp-familjecentral-${i + 1}`, `Ledningsgrupp familjecentral ${i + 1}`, {
      kind: 'STEERING_GROUP', formal: true, topics: ['topic-parental-support', 'topic-child-health'], conveners: [fc],
      members: [fc, m.bvc[i % m.bvc.length], m.mvc, m.openCare ?? m.ifo, maybe(0.7, m.preschools[i % m.preschools.length])],
    });
  });
  if (rng.chance(0.7)) {
    const convener = m.safetyCoordinator ?? m.kommun;
    net('bra', 'Brottsförebyggande rådet', {
      kind: 'FORUM', formal: true, topics: rng.chance(0.3) ? ['topic-violence-prevention', 'topic-radicalisation'] : ['topic-violence-prevention', 'topic-andts'],
      conveners: [convener],
      members: [convener, m.kommun, police, m.ifo, m.leisure[0], maybe(0.5, m.schools[0]), maybe(0.3, m.civil[0]), maybe(0.3, m.churches[0])],
    });
  }
  if (rng.chance(0.55)) {
    net('integrationsnatverk', 'Integrationsnätverket', {
      kind: 'NETWORK', formal: false, topics: rng.chance(0.5) ? ['topic-newcomers', 'topic-parental-support'] : ['topic-newcomers'],
      conveners: rng.chance(0.8) ? [m.integration] : [],
      members: [m.integration, m.sfi, maybe(0.6, m.library), ...m.culture, ...rng.subset(m.faith, 0.5), ...rng.subset(m.civil, 0.4),
        maybe(0.5, c.employment), maybe(0.4, firstFamilyCentre)],
    });
  }
  if (rng.chance(0.3)) {
    net('foreningsforum', 'Föreningsforum', {
      kind: 'FORUM', formal: false, topics: ['topic-parental-support'], conveners: rng.chance(0.6) ? [m.kommun] : [],
      members: [m.kommun, m.leisure[0], ...rng.subset(m.civil, 0.6), ...rng.subset(m.sports, 0.5), ...rng.subset(m.churches, 0.7)],
    });
  }
  if (rng.chance(0.45)) {
    net('tsi', 'Tidiga samordnade insatser (TSI)', {
      kind: 'WORKING_GROUP', topics: ['topic-child-health', 'topic-parental-support'], conveners: rng.chance(0.7) ? [m.ifo] : [],
      members: [m.ifo, m.schoolHealth, firstBvc, m.preschools[0], m.openCare, maybe(0.5, c.bup), m.schools[0], maybe(0.25, m.privateCare[0])],
    });
  }
  if (rng.chance(0.25)) {
    const topics: TopicId[] = rng.chance(0.5) ? ['topic-parental-support', 'topic-violence-prevention', 'topic-hrv'] : ['topic-parental-support', 'topic-violence-prevention'];
    net('projekt-trygg-uppvaxt', 'Projekt Trygg uppväxt', {
      kind: 'INITIATIVE', timeLimited: true, topics, conveners: [m.publicHealth],
      members: [m.publicHealth, m.kommun, m.ifo, m.openCare, m.schools[0], maybe(0.6, m.civil[0]), maybe(0.3, m.faith[0]), maybe(0.4, c.countyBoard)],
      purpose: 'Projektfinansierad satsning på föräldraskapsstöd och våldsprevention.',
    });
  }
  if (rng.chance(0.3)) {
    net('skolfranvaro', 'Samverkan kring problematisk skolfrånvaro', {
      kind: 'WORKING_GROUP', topics: ['topic-school-absence'], conveners: [m.schoolHealth],
      members: [m.schoolHealth, ...m.teenSchools.slice(0, 2), m.ifo, maybe(0.4, c.bup), m.leisure[0]],
    });
  }
  if (rng.chance(0.1)) {
    net('barnsakert', 'Barnsäkert', {
      kind: 'COLLABORATION', topics: ['topic-child-health', 'topic-parental-support'], conveners: rng.chance(0.5) ? [firstBvc] : [],
      members: [firstBvc, m.ifo, firstFamilyCentre, m.openCare],
    });
  }
  return out;
}
