/**
 * Routines, action plans, decisions and agreements (some MISSING, as the mapping found them), and
 * the programmes actors offer.
 */
import type { NodeProps } from '../domain/model.js';
import type { CountyActors } from './actors.js';
import type { GraphBuilder } from './builder.js';
import type { ProgrammeId, TopicId } from './catalogue.js';
import type { Municipality } from './municipality.js';
import type { Rng } from './prng.js';

type Status = NodeProps<'Routine'>['status'];
type RoutineKind = NodeProps<'Routine'>['kind'];

export interface MunicipalRoutines {
  reportOfConcern: string | null;
  schoolHrv: string | null;
  ifoHrv: string | null;
  openCareReferral: string | null;
  familyCentreAgreement: string | null;
}

export interface CountyRoutines {
  childHealth: string | null;
  consultation: string | null;
  bup: string | null;
}

function addRoutine(
  b: GraphBuilder, id: string, name: string, kind: RoutineKind, status: Status,
  owners: readonly (string | null | undefined)[], topics: readonly TopicId[], description: string | null = null,
): string {
  b.node('Routine', id, { name, kind, status, description });
  for (const owner of new Set(owners)) if (owner) b.link('HAS_ROUTINE', owner, id);
  for (const topic of topics) b.link('COVERS', id, topic);
  return id;
}

/** A routine a referral may cite: one that exists in some form. */
const usable = (b: GraphBuilder, id: string, status: Status): string | null => (status === 'MISSING' || !b.has(id) ? null : id);

export function municipalRoutines(b: GraphBuilder, rng: Rng, m: Municipality): MunicipalRoutines {
  const r = (suffix: string) => `rut-${m.id}-${suffix}`;
  const status = (choices: readonly (readonly [Status, number])[]) => rng.weighted(choices);
  const s1 = status([['ADOPTED', 80], ['DRAFT', 8], ['PARTIAL', 7], ['MISSING', 5]]);
  addRoutine(b, r('orosanmalan'), `Rutin för orosanmälan, ${m.name}`, 'ROUTINE', s1, [m.kommun, m.schoolHealth], ['topic-hrv', 'topic-vinr'],
    s1 === 'PARTIAL' ? 'Generell rutin för orosanmälan; inte specifikt om heder.' : null);
  const s2 = status([['ADOPTED', 45], ['PARTIAL', 20], ['DRAFT', 10], ['MISSING', 20], ['UNKNOWN', 5]]);
  const schoolTopics: TopicId[] = ['topic-hrv'];
  if (rng.chance(0.5)) schoolTopics.push('topic-child-marriage');
  if (rng.chance(0.3)) schoolTopics.push('topic-fgm');
  addRoutine(b, r('hrv-skola'), `Rutin vid misstanke om hedersrelaterat våld i skola och förskola, ${m.name}`, 'ROUTINE', s2,
    [m.schoolHealth, m.schools[0], m.preschools[0]], schoolTopics);
  const s3 = status([['ADOPTED', 60], ['PARTIAL', 15], ['MISSING', 15], ['DRAFT', 10]]);
  addRoutine(b, r('ifo-hrv'), `Rutin för handläggning vid hedersrelaterat våld, IFO ${m.name}`, 'ROUTINE', s3, [m.ifo],
    ['topic-hrv', 'topic-child-marriage']);
  addRoutine(b, r('handlingsplan-vald'), `Handlingsplan mot våld i nära relation och hedersrelaterat våld, ${m.name}`, 'ACTION_PLAN',
    status([['ADOPTED', 65], ['DRAFT', 15], ['MISSING', 15], ['UNKNOWN', 5]]), [m.kommun, m.coordinator], ['topic-vinr', 'topic-hrv']);
  const s5 = status([['MISSING', 45], ['ADOPTED', 30], ['UNKNOWN', 25]]);
  addRoutine(b, r('beslut-fs-hrv'), `Beslut om att erbjuda föräldraskapsstöd vid HRV, ${m.name}`, 'DECISION', s5, [m.kommun],
    ['topic-hrv', 'topic-parental-support'], s5 === 'MISSING' ? 'Inget beslut; alla föräldrar ska kunna ta del av föräldraskapsstöd.' : null);
  let openCareReferral: string | null = null;
  if (m.openCare && rng.chance(0.6)) {
    const s = status([['ADOPTED', 85], ['DRAFT', 15]]);
    addRoutine(b, r('remiss-oppenvard'), `Rutin för remiss till öppenvården, ${m.name}`, 'ROUTINE', s, [m.ifo, m.openCare], ['topic-parental-support']);
    openCareReferral = r('remiss-oppenvard');
  }
  let familyCentreAgreement: string | null = null;
  if (m.familyCentres.length > 0) {
    const s = status([['ADOPTED', 80], ['DRAFT', 20]]);
    addRoutine(b, r('samverkan-familjecentral'), `Samverkansavtal familjecentral, ${m.name}`, 'AGREEMENT', s,
      [m.kommun, m.county.region, m.familyCentres[0]], ['topic-parental-support']);
    familyCentreAgreement = r('samverkan-familjecentral');
  }
  if (rng.chance(0.3)) {
    addRoutine(b, r('utbildningsplan'), `Utbildningsplan om hedersrelaterat våld, ${m.name}`, 'TRAINING_PLAN',
      status([['ADOPTED', 60], ['DRAFT', 40]]), [rng.pick([m.kommun, m.ifo])], ['topic-hrv']);
  }
  return {
    reportOfConcern: usable(b, r('orosanmalan'), s1),
    schoolHrv: usable(b, r('hrv-skola'), s2),
    ifoHrv: usable(b, r('ifo-hrv'), s3),
    openCareReferral,
    familyCentreAgreement,
  };
}

export function countyRoutines(b: GraphBuilder, rng: Rng, c: CountyActors, countyName: string): CountyRoutines {
  const r = (suffix: string) => `rut-${c.slug}-${suffix}`;
  const s1 = rng.weighted<Status>([['ADOPTED', 85], ['PARTIAL', 15]]);
  addRoutine(b, r('bhv-vald'), `Vårdprogram BHV: våld och hedersrelaterat våld, ${countyName}`, 'GUIDELINE', s1,
    [c.bhv, rng.chance(0.5) ? c.mhv : null], ['topic-hrv', 'topic-fgm', 'topic-vinr']);
  const s2 = rng.weighted<Status>([['ADOPTED', 70], ['DRAFT', 20], ['MISSING', 10]]);
  addRoutine(b, r('konsultation'), `Överenskommelse om konsultation med resurscentrum, ${countyName}`, 'AGREEMENT', s2,
    [c.resourceCentre, rng.chance(0.5) ? c.region : null], ['topic-hrv', 'topic-vinr']);
  addRoutine(b, r('barnahus'), `Överenskommelse om Barnahus, ${countyName}`, 'AGREEMENT', 'ADOPTED', [c.region, c.police],
    ['topic-child-crime-victims']);
  const s4 = rng.weighted<Status>([['ADOPTED', 75], ['PARTIAL', 15], ['UNKNOWN', 10]]);
  addRoutine(b, r('bup-orosanmalan'), `Rutin för orosanmälan inom BUP, ${countyName}`, 'ROUTINE', s4, [c.bup], ['topic-child-health']);
  return {
    childHealth: usable(b, r('bhv-vald'), s1),
    consultation: usable(b, r('konsultation'), s2),
    bup: usable(b, r('bup-orosanmalan'), s4),
  };
}

export function municipalOffers(b: GraphBuilder, rng: Rng, m: Municipality): void {
  const offer = (actor: string | null | undefined, programme: ProgrammeId, p = 1) => {
    if (actor && rng.chance(p)) b.rel('OFFERS', actor, programme, {});
  };
  if (m.openCare) {
    const menu: ProgrammeId[] = ['prog-abc', 'prog-komet', 'prog-komet-tonar', 'prog-foraldrastegen', 'prog-familjebehandling', 'prog-connect', 'prog-fjarilen', 'prog-repulse', 'prog-bubblan'];
    for (const p of rng.sample(menu, rng.int(2, 4))) offer(m.openCare, p);
  }
  for (const fc of m.familyCentres) for (const p of rng.sample(['prog-icdp', 'prog-vagledande-samspel', 'prog-abc'] as const, rng.int(1, 2))) offer(fc, p);
  for (const bvc of m.bvc) offer(bvc, 'prog-barnsakert', 0.3);
  offer(m.kommun, 'prog-abc', 0.3);
  for (const church of m.churches) {
    offer(church, 'prog-kyrkis', 0.6);
    offer(church, 'prog-enastaende-foraldrar', 0.15);
    offer(church, 'prog-tacotorsdag', 0.15);
  }
  offer(m.integration, 'prog-foraldraskap-i-sverige', 0.5);
  offer(rng.chance(0.5) ? m.integration : m.sfi, 'prog-samhallsorientering', 0.7);
  offer(m.publicHealth, 'prog-tobaksfri-duo', 0.3);
  offer(m.publicHealth, 'prog-foraldrahandboken-droger', 0.3);
  offer(m.publicHealth, 'prog-livsviktigt-snack', 0.2);
  for (const preschool of m.preschools) offer(preschool, 'prog-stopp-min-kropp', 0.1);
  for (const provider of m.privateCare) {
    offer(provider, 'prog-omsesidig-respekt', 0.5);
    offer(provider, 'prog-familjebehandling', 0.6);
  }
  for (const association of m.civil) offer(association, 'prog-abc', 0.1);
  for (const association of m.culture) offer(association, 'prog-foraldraskap-i-sverige', 0.3);
}

export function countyOffers(b: GraphBuilder, rng: Rng, c: CountyActors): void {
  if (rng.chance(0.3)) b.rel('OFFERS', c.bhv, 'prog-barnsakert', {});
  if (rng.chance(0.2)) b.rel('OFFERS', c.publicHealth, 'prog-abc', {});
}
