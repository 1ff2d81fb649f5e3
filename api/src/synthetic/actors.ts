/**
 * Actors of the national and county levels, and the helper every actor goes through: one node
 * with every property, LOCATED_IN its area, PART_OF its organisation, WORKS_ON its topics.
 */
import { slugify } from '../domain/link-columns.js';
import type { NodeProps } from '../domain/model.js';
import type { ActorKind, Level, Sector } from '../domain/vocabulary.js';
import type { GraphBuilder } from './builder.js';
import { STUDY_ASSOCIATIONS, TG, type CountySpec, type TopicId } from './catalogue.js';
import type { Rng } from './prng.js';
import { drawPhases, drawPrevention, drawTopics, PROFILES } from './profiles.js';

type ActorProps = NodeProps<'Actor'>;

export interface ActorSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly sector: Sector;
  readonly level: Level;
  readonly area: string;
  readonly partOf?: string | null;
  readonly firstLine?: boolean;
  readonly prevention?: ActorProps['preventionLevels'];
  readonly phases?: ActorProps['supportPhases'];
  readonly targetGroups?: readonly string[];
  readonly languages?: readonly string[];
  readonly topics?: readonly TopicId[];
  readonly description?: string | null;
}

export function addActor(b: GraphBuilder, rng: Rng, s: ActorSpec): string {
  const topics = s.topics ?? drawTopics(rng, s.kind);
  b.node('Actor', s.id, {
    name: s.name,
    kind: s.kind,
    sector: s.sector,
    level: s.level,
    description: s.description ?? null,
    firstLine: s.firstLine ?? PROFILES[s.kind].firstLine,
    preventionLevels: s.prevention ?? drawPrevention(rng, s.kind),
    supportPhases: s.phases ?? drawPhases(rng, s.kind),
    targetGroups: [...(s.targetGroups ?? [])],
    languages: [...(s.languages ?? [])],
    phone: null, website: null, email: null, personDependent: false,
  });
  b.link('LOCATED_IN', s.id, s.area);
  if (s.partOf) b.link('PART_OF', s.id, s.partOf);
  for (const topic of topics) b.link('WORKS_ON', s.id, topic);
  return s.id;
}

export interface NationalActors {
  readonly area: string;
  readonly mfof: string;
  readonly hrvCentre: string;
  readonly agencies: readonly string[];
  readonly redCross: string;
  readonly saveChildren: string;
  readonly church: string;
  readonly studyAssociations: ReadonlyMap<string, string>;
  readonly civil: readonly string[];
}

export function nationalActors(b: GraphBuilder, rng: Rng, area: string): NationalActors {
  const state = (id: string, name: string, topics: TopicId[], kind: ActorKind = 'STATE_AGENCY', description: string | null = null) =>
    addActor(b, rng, { id, name, kind, sector: 'STATE', level: 'NATIONAL', area, topics, description });
  const civil = (id: string, name: string, topics: TopicId[], firstLine = false, targetGroups: string[] = [], languages: string[] = []) =>
    addActor(b, rng, { id, name, kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', level: 'NATIONAL', area, topics, firstLine, targetGroups, languages });
  const mfof = state('mfof', 'Myndigheten för familjerätt och föräldraskapsstöd (MFoF)', ['topic-parental-support', 'topic-hrv'],
    'STATE_AGENCY', 'Uppdrag att främja våldsförebyggande arbete genom stöd till föräldrar i en hederskontext.');
  const hrvCentre = state('nationellt-centrum-hrv', 'Nationellt centrum mot hedersrelaterat våld och förtryck', ['topic-hrv', 'topic-child-marriage', 'topic-fgm']);
  const agencies = [
    state('socialstyrelsen', 'Socialstyrelsen', ['topic-vinr', 'topic-hrv']),
    state('jamstalldhetsmyndigheten', 'Jämställdhetsmyndigheten', ['topic-vinr', 'topic-hrv', 'topic-gender-equality']),
    state('folkhalsomyndigheten', 'Folkhälsomyndigheten', ['topic-andts', 'topic-sexual-health']),
    state('skolverket', 'Skolverket', ['topic-school-absence']),
    state('brottsoffermyndigheten', 'Brottsoffermyndigheten', ['topic-child-crime-victims']),
    state('nck', 'Nationellt centrum för kvinnofrid (NCK)', ['topic-vinr', 'topic-hrv'], 'UNIVERSITY'),
  ];
  const redCross = civil('org-roda-korset', 'Röda Korset', ['topic-newcomers']);
  const saveChildren = civil('org-radda-barnen', 'Rädda Barnen', ['topic-parental-support']);
  const church = addActor(b, rng, {
    id: 'svenska-kyrkan', name: 'Svenska kyrkan', kind: 'FAITH_COMMUNITY', sector: 'FAITH', level: 'NATIONAL', area, topics: ['topic-parental-support'], firstLine: false,
  });
  const studyAssociations = new Map<string, string>();
  for (const [id, name] of STUDY_ASSOCIATIONS) studyAssociations.set(id, civil(id, name, ['topic-parental-support']));
  const others = [
    civil('org-bris', 'BRIS', ['topic-parental-support', 'topic-child-health'], true, [TG.youth]),
    civil('org-hej-framling', 'Hej Främling!', ['topic-newcomers'], false, [TG.youth]),
    civil('org-fryshuset', 'Fryshuset', ['topic-norm-breaking-youth', 'topic-hrv']),
    civil('org-elektra', 'Elektra (Fryshuset)', ['topic-hrv'], true, [TG.youth]),
    civil('org-gapf', 'GAPF – Glöm aldrig Pela och Fadime', ['topic-hrv']),
    civil('org-terrafem', 'Terrafem', ['topic-vinr', 'topic-hrv'], true, [TG.violence], ['arabiska', 'somaliska', 'dari', 'persiska', 'tigrinja', 'turkiska']),
    civil('org-roks', 'Roks', ['topic-vinr']),
    civil('org-unizon', 'Unizon', ['topic-vinr']),
  ];
  return { area, mfof, hrvCentre, agencies, redCross, saveChildren, church, studyAssociations, civil: others };
}

export interface CountyActors {
  readonly slug: string;
  readonly region: string;
  readonly bhv: string;
  readonly mhv: string;
  readonly bup: string;
  readonly paediatrics: string;
  readonly gynaecology: string;
  readonly primaryCare: string;
  readonly publicHealth: string;
  readonly coordinator: string;
  readonly resourceCentre: string;
  readonly hrvCentre: string | null;
  readonly countyBoard: string;
  readonly police: string;
  readonly prosecutor: string;
  readonly shelter: string;
  readonly university: string | null;
  readonly employment: string | null;
  readonly extras: readonly string[];
}

export function countyActors(b: GraphBuilder, rng: Rng, spec: CountySpec, area: string): CountyActors {
  const c = slugify(spec.short);
  const regional = (suffix: string, name: string, kind: ActorKind, partOf: string | null, extra: Partial<ActorSpec> = {}) =>
    addActor(b, rng, { id: `${c}-${suffix}`, name, kind, sector: 'REGIONAL', level: 'REGIONAL', area, partOf, ...extra });
  const region = regional('region', spec.region, 'REGION', null);
  const rs = spec.short;
  const bhv = regional('bhv', `Barnhälsovården ${rs}`, 'CHILD_HEALTH', region, { firstLine: false });
  const mhv = regional('mhv', `Mödrahälsovården ${rs}`, 'MATERNITY_HEALTH', region, { firstLine: false });
  const bup = regional('bup', `BUP ${rs}`, 'CHILD_PSYCHIATRY', region, { targetGroups: [TG.teens] });
  const paediatrics = regional('barnklinik', `Barnkliniken ${rs}`, 'HEALTH_CARE', region, { topics: ['topic-fgm', 'topic-child-health'] });
  const gynaecology = regional('kvinnoklinik', `Kvinnokliniken ${rs}`, 'HEALTH_CARE', region, { topics: ['topic-fgm', 'topic-hrv'] });
  const primaryCare = regional('primarvard', `Primärvården ${rs}`, 'HEALTH_CARE', region, { firstLine: false });
  const publicHealth = regional('folkhalsoenhet', `Folkhälsoenheten ${rs}`, 'PUBLIC_HEALTH', region);
  const coordinator = regional('samordnare-vald', `Samordnare våld ${rs}`, 'COORDINATOR', region);
  const resourceCentre = addActor(b, rng, {
    id: `${c}-centrum-mot-vald`, name: rng.pick(['Centrum mot våld', 'Kompetenscentrum mot våld', 'Resurscentrum mot våld']) + ` ${rs}`,
    kind: 'RESOURCE_CENTRE', sector: rng.chance(0.6) ? 'MUNICIPAL' : 'JOINT', level: 'REGIONAL', area,
    description: 'Länsverksamhet: kompetensstöd till länets socialtjänster och stöd till våldsutsatta.',
  });
  const hrvCentre = rng.chance(0.5)
    ? addActor(b, rng, {
      id: `${c}-resurscentrum-heder`, name: `Resurscentrum heder ${rs}`, kind: 'RESOURCE_CENTRE', sector: 'MUNICIPAL', level: 'REGIONAL',
      area, partOf: resourceCentre, topics: ['topic-hrv', 'topic-child-marriage'],
    })
    : null;
  const state = (suffix: string, name: string, kind: ActorKind, extra: Partial<ActorSpec> = {}) =>
    addActor(b, rng, { id: `${c}-${suffix}`, name, kind, sector: 'STATE', level: 'REGIONAL', area, ...extra });
  const countyBoard = state('lansstyrelsen', `Länsstyrelsen i ${spec.name}`, 'STATE_AGENCY', { topics: ['topic-vinr', 'topic-hrv', 'topic-parental-support'] });
  const police = state('polisen', `Polisen ${rs}`, 'POLICE');
  const prosecutor = state('aklagare', `Åklagarmyndigheten ${rs}`, 'STATE_AGENCY', { topics: ['topic-child-crime-victims'] });
  const university = rng.chance(0.6) ? state('universitet', `Högskolan i ${rs}`, 'UNIVERSITY') : null;
  const employment = rng.chance(0.6) ? state('arbetsformedlingen', `Arbetsförmedlingen ${rs}`, 'STATE_AGENCY', { topics: ['topic-newcomers'] }) : null;
  const shelter = addActor(b, rng, {
    id: `${c}-kvinnojour`, name: `Kvinnojouren i ${spec.name}`, kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', level: 'REGIONAL', area,
    topics: ['topic-vinr', 'topic-hrv'], targetGroups: [TG.violence], phases: ['ACUTE', 'MIDDLE'],
  });
  const extras: string[] = [
    regional('habilitering', `Habiliteringen ${rs}`, 'HEALTH_CARE', region, { targetGroups: [TG.disability] }),
    regional('umo-central', `Ungdomsmottagningarna ${rs}`, 'HEALTH_CARE', region, { firstLine: false, topics: ['topic-sexual-health'] }),
  ];
  if (rng.chance(0.4)) extras.push(state('migrationsverket', `Migrationsverket ${rs}`, 'STATE_AGENCY', { topics: ['topic-newcomers'] }));
  if (rng.chance(0.5)) {
    extras.push(addActor(b, rng, {
      id: `${c}-kommunforbund`, name: `Kommunförbundet ${rs}`, kind: 'OTHER', sector: 'MUNICIPAL', level: 'REGIONAL', area,
    }));
  }
  if (rng.chance(0.5)) {
    extras.push(addActor(b, rng, {
      id: `${c}-tjejjour`, name: `Tjejjouren ${rs}`, kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', level: 'REGIONAL', area,
      firstLine: true, targetGroups: [TG.youth], topics: ['topic-vinr', 'topic-hrv'],
    }));
  }
  if (rng.chance(0.4)) {
    extras.push(addActor(b, rng, {
      id: `${c}-lansbildningsforbund`, name: `Länsbildningsförbundet ${rs}`, kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', level: 'REGIONAL', area,
      firstLine: false,
    }));
  }
  return {
    slug: c, region, bhv, mhv, bup, paediatrics, gynaecology, primaryCare, publicHealth, coordinator, resourceCentre, hrvCentre,
    countyBoard, police, prosecutor, shelter, university, employment, extras,
  };
}
