/**
 * The actors of one municipality: the municipal organisation and its units, the region's local
 * units (BVC, MVC, health centres), local police, civil society, faith communities and private
 * providers. Between 30 and 150 actors depending on the municipality's size.
 */
import type { GraphBuilder } from './builder.js';
import {
  CULTURE_ASSOCIATIONS, languagesFor, PLACE_NAMES, PRESCHOOL_NAMES, PRIVATE_NAMES, SCHOOL_NAMES, SPORTS_CLUBS, STUDY_ASSOCIATIONS, TG,
} from './catalogue.js';
import { addActor, type ActorSpec, type CountyActors, type NationalActors } from './actors.js';
import type { Rng } from './prng.js';

export type Size = 'small' | 'medium' | 'large';

export interface Municipality {
  readonly id: string;
  readonly name: string;
  readonly size: Size;
  readonly county: CountyActors;
  readonly countyArea: string;
  kommun: string;
  ifo: string;
  ifoUnits: string[];
  openCare: string | null;
  preschools: string[];
  schools: string[];
  teenSchools: string[];
  schoolHealth: string;
  leisure: string[];
  sfi: string;
  integration: string;
  library: string;
  familyCentres: string[];
  publicHealth: string;
  coordinator: string;
  safetyCoordinator: string | null;
  parentingCoordinator: string | null;
  arena: string | null;
  targetGroups: string[];
  bvc: string[];
  mvc: string;
  healthCentres: string[];
  youthClinic: string | null;
  police: string | null;
  churches: string[];
  faith: string[];
  shelter: string | null;
  civil: string[];
  sports: string[];
  culture: string[];
  privates: string[];
  /** Private preschools and schools (mandated to report concern, like the municipal ones). */
  privateEducation: string[];
  /** Private family treatment and care providers. */
  privateCare: string[];
}

const RANGES: Record<Size, { preschools: [number, number]; schools: [number, number]; health: [number, number]; bvc: [number, number] }> = {
  small: { preschools: [3, 6], schools: [2, 5], health: [1, 2], bvc: [1, 1] },
  medium: { preschools: [7, 10], schools: [5, 8], health: [2, 3], bvc: [1, 2] },
  large: { preschools: [12, 18], schools: [9, 14], health: [3, 5], bvc: [2, 4] },
};

export function municipalityActors(
  b: GraphBuilder, rng: Rng, nation: NationalActors, county: CountyActors, countyArea: string, id: string, name: string, size: Size,
): Municipality {
  const r = RANGES[size];
  const big = size !== 'small';
  const add = (suffix: string, label: string, spec: Omit<ActorSpec, 'id' | 'name' | 'area' | 'level'> & { level?: ActorSpec['level'] }) =>
    addActor(b, rng, { level: 'LOCAL', ...spec, id: `${id}-${suffix}`, name: label, area: id });
  const municipal = (suffix: string, label: string, kind: ActorSpec['kind'], partOf: string | null, extra: Partial<ActorSpec> = {}) =>
    add(suffix, label, { kind, sector: 'MUNICIPAL', partOf, ...extra });

  const kommun = municipal('kommun', `${name} kommun`, 'MUNICIPALITY', null);
  const ifo = municipal('ifo', `Socialtjänsten ${name} (IFO)`, 'SOCIAL_SERVICES', kommun, {
    description: rng.chance(0.3) ? 'Myndighetsutövning för barn och familj; tar emot orosanmälningar.' : null,
  });
  const ifoUnits: string[] = [];
  if (size === 'large') {
    ifoUnits.push(municipal('ifo-mottagning', `Mottagningsenheten barn och unga ${name}`, 'SOCIAL_SERVICES', ifo, { topics: ['topic-hrv', 'topic-vinr'] }));
    ifoUnits.push(municipal('familjeratt', `Familjerätten ${name}`, 'SOCIAL_SERVICES', ifo, { topics: ['topic-parental-support'] }));
  }
  // Some small municipalities buy open care from a neighbour instead of running their own.
  const openCare = size === 'small' && rng.chance(0.15) ? null
    : municipal('oppenvard', `Öppenvården ${name}`, 'OPEN_CARE', ifo, { targetGroups: rng.subset([TG.teens, TG.small, TG.violence], 0.5) });
  const preschools = rng.sample(PRESCHOOL_NAMES, rng.int(...r.preschools)).map((p, i) =>
    municipal(`forskola-${i + 1}`, `Förskolan ${p}, ${name}`, 'PRESCHOOL', kommun, { targetGroups: [TG.small] }));
  const openPreschool = rng.chance(0.6)
    ? municipal('oppna-forskolan', `Öppna förskolan ${name}`, 'PRESCHOOL', kommun, {
      targetGroups: [TG.small, TG.newcomers].slice(0, rng.int(1, 2)), topics: ['topic-parental-support'], prevention: ['UNIVERSAL', 'SELECTIVE'],
    })
    : null;
  if (openPreschool) preschools.push(openPreschool);
  const schoolNames = rng.sample(SCHOOL_NAMES, rng.int(...r.schools));
  const schools: string[] = [];
  const teenSchools: string[] = [];
  schoolNames.forEach((s, i) => {
    const teen = i === 0 || rng.chance(0.35);
    const school = municipal(`skola-${i + 1}`, `${s}, ${name}`, 'SCHOOL', kommun, { targetGroups: teen ? [TG.school, TG.teens] : [TG.school] });
    schools.push(school);
    if (teen) teenSchools.push(school);
  });
  if (big) {
    const gymnasium = municipal('gymnasium', `${name} gymnasium`, 'SCHOOL', kommun, { targetGroups: [TG.teens, TG.youth] });
    schools.push(gymnasium);
    teenSchools.push(gymnasium);
  }
  const schoolHealth = municipal('elevhalsa', `Elevhälsan ${name}`, 'SCHOOL_HEALTH', kommun, { targetGroups: rng.chance(0.5) ? [TG.teens] : [] });
  const leisure = [municipal('fritid', `Fritidsgården ${name}`, 'LEISURE', kommun, { targetGroups: [TG.youth] })];
  if (big || rng.chance(0.3)) {
    leisure.push(municipal('faltgrupp', `Fältgruppen ${name}`, 'LEISURE', kommun, { targetGroups: rng.chance(0.5) ? [TG.youth, TG.teens] : [TG.youth], prevention: ['SELECTIVE'] }));
  }
  const sfi = municipal('sfi', `SFI ${name}`, 'SFI', kommun, { targetGroups: [TG.newcomers], languages: languagesFor(rng, 0, 3) });
  const integration = municipal('integration', `Integrationsenheten ${name}`, 'INTEGRATION', kommun, {
    targetGroups: [TG.newcomers], languages: languagesFor(rng, 1, 4),
  });
  const library = municipal('bibliotek', `Biblioteket ${name}`, 'LIBRARY', kommun, { languages: rng.chance(0.3) ? languagesFor(rng, 1, 3) : [] });
  const familyCount = size === 'large' ? rng.int(2, 3) : rng.chance(size === 'medium' ? 0.9 : 0.7) ? 1 : 0;
  const familyCentres = Array.from({ length: familyCount }, (_, i) =>
    add(i === 0 ? 'familjecentral' : `familjecentral-${i + 1}`, i === 0 ? `Familjecentralen ${name}` : `Familjecentralen ${rng.pick(PLACE_NAMES)} ${name}`, {
      kind: 'FAMILY_CENTRE', sector: 'JOINT', targetGroups: rng.chance(0.5) ? [TG.small, TG.newcomers] : [TG.small],
      languages: rng.chance(0.3) ? languagesFor(rng, 1, 2) : [],
    }));
  const publicHealth = municipal('folkhalsa', `Folkhälsa ${name}`, 'PUBLIC_HEALTH', kommun);
  const coordinator = municipal('samordnare-vinr', `Samordnare våld i nära relation ${name}`, 'COORDINATOR', kommun, { topics: ['topic-vinr', 'topic-hrv'] });
  const safetyCoordinator = big || rng.chance(0.4)
    ? municipal('sakerhetssamordnare', `Säkerhetssamordnare ${name}`, 'COORDINATOR', kommun, { topics: ['topic-violence-prevention', 'topic-radicalisation'] })
    : null;
  const parentingCoordinator = rng.chance(big ? 0.6 : 0.3)
    ? municipal('samordnare-fs', `Samordnare föräldraskapsstöd ${name}`, 'COORDINATOR', kommun, { topics: ['topic-parental-support'] })
    : null;
  const arena = rng.chance(0.7)
    ? municipal('foraldramoten', `Föräldramöten i skolan ${name}`, 'ARENA', kommun, { targetGroups: [TG.school, TG.teens] })
    : null;
  const targetGroups: string[] = [];
  for (const [suffix, group] of [['tg-tonarsforaldrar', TG.teens], ['tg-nyanlanda', TG.newcomers], ['tg-sma-barn', TG.small]] as const) {
    if (rng.chance(0.45)) {
      const label = group.charAt(0).toUpperCase() + group.slice(1);
      targetGroups.push(add(suffix, `${label} i ${name}`, { kind: 'TARGET_GROUP', sector: 'TARGET_GROUP', targetGroups: [group] }));
    }
  }

  const regional = (suffix: string, label: string, kind: ActorSpec['kind'], partOf: string, extra: Partial<ActorSpec> = {}) =>
    add(suffix, label, { kind, sector: 'REGIONAL', partOf, ...extra });
  const bvcCount = rng.int(...r.bvc);
  const bvc = Array.from({ length: bvcCount }, (_, i) =>
    regional(i === 0 ? 'bvc' : `bvc-${i + 1}`, i === 0 ? `BVC ${name}` : `BVC ${PLACE_NAMES[i % PLACE_NAMES.length]} ${name}`, 'CHILD_HEALTH', county.bhv, {
      targetGroups: [TG.small], languages: rng.chance(0.2) ? languagesFor(rng, 1, 2) : [],
    }));
  const mvc = regional('mvc', `MVC ${name}`, 'MATERNITY_HEALTH', county.mhv, { targetGroups: [TG.expecting] });
  const healthCentres = rng.sample(PLACE_NAMES, rng.int(...r.health)).map((p, i) =>
    regional(`vardcentral-${i + 1}`, `Vårdcentralen ${p} ${name}`, 'HEALTH_CARE', county.primaryCare));
  const youthClinic = big || rng.chance(0.5)
    ? regional('umo', `Ungdomsmottagningen ${name}`, 'HEALTH_CARE', county.region, { targetGroups: [TG.youth], topics: ['topic-sexual-health', 'topic-hrv'] })
    : null;
  const police = big || rng.chance(0.5)
    ? add('kommunpolis', `Kommunpolis ${name}`, { kind: 'POLICE', sector: 'STATE', partOf: county.police })
    : null;

  const civilActor = (suffix: string, label: string, extra: Partial<ActorSpec> = {}) =>
    add(suffix, label, { kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', ...extra });
  const faithActor = (suffix: string, label: string, extra: Partial<ActorSpec> = {}) =>
    add(suffix, label, { kind: 'FAITH_COMMUNITY', sector: 'FAITH', ...extra });
  const churches = [faithActor('svenska-kyrkan', `Svenska kyrkan ${name} församling`, { partOf: nation.church, targetGroups: [TG.small] })];
  if (size === 'large') churches.push(faithActor('svenska-kyrkan-2', `Svenska kyrkan ${rng.pick(PLACE_NAMES)} ${name}`, { partOf: nation.church }));
  const faith: string[] = [];
  if (rng.chance(big ? 0.7 : 0.25)) faith.push(faithActor('islamiska-foreningen', `Islamiska föreningen i ${name}`, { languages: ['arabiska', 'somaliska'].slice(0, rng.int(1, 2)), targetGroups: [TG.newcomers] }));
  if (rng.chance(0.5)) faith.push(faithActor('pingstkyrkan', `Pingstkyrkan ${name}`));
  if (rng.chance(big ? 0.5 : 0.2)) faith.push(faithActor('katolska', `Katolska församlingen ${name}`, { languages: languagesFor(rng, 0, 2) }));
  if (rng.chance(0.3)) faith.push(faithActor('equmenia', `Equmeniakyrkan ${name}`));
  if (size === 'large' && rng.chance(0.5)) faith.push(faithActor('ortodoxa', `Syrisk-ortodoxa församlingen ${name}`, { languages: ['arabiska'] }));
  const shelter = rng.chance(big ? 0.6 : 0.25)
    ? civilActor('kvinnojour', `Kvinnojouren ${name}`, { topics: ['topic-vinr', 'topic-hrv'], targetGroups: [TG.violence], phases: ['ACUTE', 'MIDDLE'] })
    : null;
  const civil: string[] = [];
  if (rng.chance(0.6)) civil.push(civilActor('roda-korset', `Röda Korset ${name}`, { partOf: nation.redCross, targetGroups: [TG.newcomers] }));
  if (rng.chance(0.4)) civil.push(civilActor('radda-barnen', `Rädda Barnen ${name}`, { partOf: nation.saveChildren }));
  for (const [orgId, label] of rng.sample(STUDY_ASSOCIATIONS, rng.int(1, big ? 4 : 2))) {
    civil.push(civilActor(orgId.replace(/^org-/, ''), `${label} ${name}`, { partOf: nation.studyAssociations.get(orgId) ?? null, firstLine: rng.chance(0.5) }));
  }
  if (rng.chance(big ? 0.5 : 0.15)) civil.push(civilActor('foraldraforening', `Föräldraföreningen ${name}`, { targetGroups: [TG.school] }));
  const sports = rng.sample(SPORTS_CLUBS, rng.int(2, big ? 6 : 4)).map((club) =>
    civilActor(`idrott-${club.toLowerCase().replace(/[^a-z]/g, '')}`, `${name} ${club}`, { targetGroups: [TG.youth], topics: rng.chance(0.3) ? ['topic-andts'] : [] }));
  const culture = rng.sample(CULTURE_ASSOCIATIONS, rng.int(0, big ? 4 : 1)).map(([label, language], i) =>
    civilActor(`kulturforening-${i + 1}`, `${label} i ${name}`, { targetGroups: [TG.newcomers], languages: [language], topics: ['topic-parental-support', 'topic-newcomers'] }));
  const privateProvider = (suffix: string, label: string, extra: Partial<ActorSpec> = {}) =>
    add(suffix, label, { kind: 'PRIVATE_PROVIDER', sector: 'PRIVATE', ...extra });
  const privates: string[] = [];
  const privateEducation: string[] = [];
  const privateCare: string[] = [];
  const privateCount = size === 'large' ? rng.int(4, 9) : size === 'medium' ? rng.int(2, 5) : rng.int(1, 3);
  for (let i = 0; i < privateCount; i++) {
    const what = rng.weighted([['preschool', 4], ['school', 3], ['family', 2], ['care', 1]] as const);
    const label = what === 'preschool' ? `Förskolan ${rng.pick(PRESCHOOL_NAMES)} (enskild), ${name}`
      : what === 'school' ? `${rng.pick(PLACE_NAMES)} friskola, ${name}`
        : what === 'family' ? `${rng.pick(PRIVATE_NAMES)} familjebehandling, ${name}` : `${rng.pick(PRIVATE_NAMES)} omsorg AB, ${name}`;
    const prevention = what === 'preschool' || what === 'school' ? (['UNIVERSAL'] as const) : (['SELECTIVE', 'INDICATED'] as const);
    const provider = privateProvider(`privat-${i + 1}`, label, {
      prevention: [...prevention],
      phases: what === 'family' || what === 'care' ? ['MIDDLE', 'LONG_TERM'] : [],
      targetGroups: what === 'preschool' ? [TG.small] : what === 'school' ? [TG.school] : rng.subset([TG.teens, TG.violence], 0.5),
    });
    privates.push(provider);
    (what === 'preschool' || what === 'school' ? privateEducation : privateCare).push(provider);
  }

  return {
    id, name, size, county, countyArea, kommun, ifo, ifoUnits, openCare, preschools, schools, teenSchools, schoolHealth, leisure, sfi,
    integration, library, familyCentres, publicHealth, coordinator, safetyCoordinator, parentingCoordinator, arena, targetGroups, bvc,
    mvc, healthCentres, youthClinic, police, churches, faith, shelter, civil, sports, culture, privates,
    privateEducation, privateCare,
  };
}
