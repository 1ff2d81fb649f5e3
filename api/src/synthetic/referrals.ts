/**
 * Referral and handover routes (REFERS_TO): from the actors that meet families to social
 * services (report of concern, statutory), to open care and the family centre (parental-support
 * need) and to the county resource centre (HRV suspicion). Mostly working, some planned or
 * broken; some cross a municipal border; some first-line actors have no route at all.
 */
import type { RelProps } from '../domain/model.js';
import type { CountyActors } from './actors.js';
import type { GraphBuilder } from './builder.js';
import type { Municipality } from './municipality.js';
import type { Rng } from './prng.js';
import type { CountyRoutines, MunicipalRoutines } from './routines.js';

type Referral = RelProps<'REFERS_TO'>;
type Trigger = Referral['trigger'];
type Kind = Referral['kind'];
type Phase = Referral['phase'];

const BROKEN_NOTES = [
  'Kontaktvägen har upphört sedan nyckelpersonen slutade.',
  'Rutinen finns men används inte; ingen återkoppling.',
  'Oklart vem som tar emot ärendet över kommungränsen.',
] as const;

export class ReferralWriter {
  constructor(private readonly b: GraphBuilder, private readonly rng: Rng) {}

  refer(from: string | null | undefined, to: string | null | undefined, trigger: Trigger, kind: Kind, phase: Phase, routineId: string | null = null): void {
    if (!from || !to || from === to) return;
    const rng = this.rng;
    const status = rng.weighted<Referral['status']>([['WORKING', 84], ['PLANNED', 8], ['BROKEN', 8]]);
    const description = status === 'BROKEN' && rng.chance(0.6) ? rng.pick(BROKEN_NOTES)
      : trigger === 'REPORT_OF_CONCERN' && rng.chance(0.1) ? 'Orosanmälan till socialtjänsten (14 kap. 1 § SoL).' : null;
    // A formal route sometimes has no routine behind it: a finding of its own.
    const routine = kind === 'INFORMAL' ? null : rng.chance(0.05) ? null : routineId;
    this.b.rel('REFERS_TO', from, to, { trigger, kind, status, phase, routineId: routine, description }, trigger);
  }
}

export function municipalReferrals(
  w: ReferralWriter, rng: Rng, m: Municipality, neighbour: Municipality | null, mr: MunicipalRoutines, cr: CountyRoutines,
): void {
  const c = m.county;
  const intake = (): string => (m.ifoUnits[0] && rng.chance(0.5) ? m.ifoUnits[0] : m.ifo);
  const openCare = m.openCare ?? neighbour?.openCare ?? null;
  const resource = c.hrvCentre ?? c.resourceCentre;
  const statutory = (from: string | null | undefined, routine: string | null, p = 0.93) => {
    if (!from || !rng.chance(p)) return;
    w.refer(from, intake(), 'REPORT_OF_CONCERN', 'STATUTORY', 'ACUTE', routine);
    if (neighbour && rng.chance(0.03)) w.refer(from, neighbour.ifo, 'REPORT_OF_CONCERN', 'STATUTORY', 'ACUTE', null);
  };
  const support = (from: string | null | undefined, p: number, smallChildren: boolean) => {
    if (!from || !rng.chance(p)) return;
    const fc = m.familyCentres[0];
    if (smallChildren && fc && from !== fc) {
      w.refer(from, fc, 'PARENTAL_SUPPORT_NEED', rng.chance(0.5) ? 'FORMAL' : 'INFORMAL', 'MIDDLE', mr.familyCentreAgreement);
    } else if (openCare) {
      const formal = m.openCare !== null && mr.openCareReferral !== null && rng.chance(0.6);
      w.refer(from, openCare, 'PARENTAL_SUPPORT_NEED', formal ? 'FORMAL' : 'INFORMAL', 'MIDDLE', formal ? mr.openCareReferral : null);
    }
  };
  const hrv = (from: string | null | undefined, p: number) => {
    if (!from || !rng.chance(p)) return;
    const formal = cr.consultation !== null && rng.chance(0.4);
    w.refer(from, resource, 'HRV_SUSPICION', formal ? 'FORMAL' : 'INFORMAL', rng.chance(0.6) ? 'ACUTE' : 'MIDDLE', formal ? cr.consultation : null);
  };

  // Mandated reporters: the municipality's own first-line units, the region's, the police.
  for (const p of m.preschools) {
    statutory(p, mr.reportOfConcern, 0.9);
    support(p, 0.12, true);
  }
  for (const s of m.schools) {
    statutory(s, mr.reportOfConcern);
    support(s, 0.12, false);
  }
  statutory(m.schoolHealth, mr.schoolHrv ?? mr.reportOfConcern, 0.97);
  support(m.schoolHealth, 0.6, false);
  hrv(m.schoolHealth, 0.5);
  for (const l of m.leisure) statutory(l, mr.reportOfConcern, 0.75);
  statutory(m.sfi, mr.reportOfConcern, 0.85);
  support(m.sfi, 0.4, false);
  hrv(m.sfi, 0.2);
  statutory(m.integration, null, 0.8);
  support(m.integration, 0.45, false);
  statutory(m.library, null, 0.25);
  for (const fc of m.familyCentres) {
    statutory(fc, mr.reportOfConcern);
    support(fc, 0.6, false);
  }
  for (const bvc of m.bvc) {
    statutory(bvc, cr.childHealth);
    support(bvc, 0.45, true);
    hrv(bvc, 0.15);
  }
  statutory(m.mvc, cr.childHealth);
  support(m.mvc, 0.3, true);
  for (const h of m.healthCentres) statutory(h, null, 0.5);
  statutory(m.youthClinic, null, 0.9);
  hrv(m.youthClinic, 0.3);
  statutory(m.police, null, 0.95);
  if (m.arena && rng.chance(0.2)) w.refer(m.arena, m.schoolHealth, 'PARENTAL_SUPPORT_NEED', 'INFORMAL', null);

  // Specialised support hands on: social services to open care, child psychiatry, the resource centre.
  if (openCare && rng.chance(0.9)) {
    const own = m.openCare !== null;
    w.refer(m.ifo, openCare, 'PARENTAL_SUPPORT_NEED', own || rng.chance(0.5) ? 'FORMAL' : 'INFORMAL', rng.chance(0.7) ? 'MIDDLE' : 'LONG_TERM', own ? mr.openCareReferral : null);
  }
  if (rng.chance(0.35)) w.refer(m.ifo, c.bup, 'CONCERN_FOR_CHILD', 'FORMAL', 'MIDDLE', null);
  if (rng.chance(0.85)) w.refer(m.ifo, resource, 'HRV_SUSPICION', 'FORMAL', 'ACUTE', cr.consultation ?? mr.ifoHrv);
  if (rng.chance(0.4)) w.refer(m.ifo, m.shelter ?? c.shelter, 'VIOLENCE', 'INFORMAL', 'ACUTE');
  if (m.openCare) {
    statutory(m.openCare, mr.reportOfConcern, 0.6);
    hrv(m.openCare, 0.4);
  }

  // Civil society, faith communities and private providers: often informal, often none.
  for (const church of m.churches) {
    if (rng.chance(0.4)) w.refer(church, m.ifo, 'CONCERN_FOR_CHILD', 'INFORMAL', 'ACUTE');
    if (rng.chance(0.3) && m.familyCentres[0]) w.refer(church, m.familyCentres[0], 'PARENTAL_SUPPORT_NEED', 'INFORMAL', 'MIDDLE');
  }
  for (const f of m.faith) if (rng.chance(0.25)) w.refer(f, m.ifo, 'CONCERN_FOR_CHILD', 'INFORMAL', 'ACUTE');
  for (const a of m.culture) {
    if (rng.chance(0.45)) w.refer(a, rng.chance(0.5) ? m.integration : openCare, 'PARENTAL_SUPPORT_NEED', 'INFORMAL', 'MIDDLE');
    if (rng.chance(0.2)) w.refer(a, resource, 'HRV_SUSPICION', 'INFORMAL', 'ACUTE');
  }
  for (const a of m.civil) if (rng.chance(0.2)) w.refer(a, m.ifo, 'CONCERN_FOR_CHILD', 'INFORMAL', 'ACUTE');
  for (const a of m.sports) if (rng.chance(0.2)) w.refer(a, m.ifo, 'CONCERN_FOR_CHILD', 'INFORMAL', null);
  if (m.shelter) {
    if (rng.chance(0.7)) w.refer(m.shelter, m.ifo, 'VIOLENCE', 'FORMAL', 'ACUTE', null);
    hrv(m.shelter, 0.5);
  }
  for (const p of m.privateEducation) statutory(p, null, 0.65);
  for (const p of m.privateCare) {
    statutory(p, null, 0.5);
    // Private providers serve several municipalities; the handover across the border is informal.
    if (neighbour && rng.chance(0.3)) w.refer(p, neighbour.ifo, 'CONCERN_FOR_CHILD', rng.chance(0.5) ? 'FORMAL' : 'INFORMAL', 'MIDDLE');
  }
}

export function countyReferrals(w: ReferralWriter, rng: Rng, c: CountyActors, ms: readonly Municipality[], cr: CountyRoutines): void {
  for (const m of ms) {
    if (rng.chance(0.5)) w.refer(c.bup, m.ifo, 'REPORT_OF_CONCERN', 'STATUTORY', 'ACUTE', cr.bup);
    if (!m.police && rng.chance(0.7)) w.refer(c.police, m.ifo, 'REPORT_OF_CONCERN', 'STATUTORY', 'ACUTE');
  }
  const seat = ms[0];
  if (seat) {
    if (rng.chance(0.8)) w.refer(c.paediatrics, seat.ifo, 'REPORT_OF_CONCERN', 'STATUTORY', 'ACUTE');
    for (const m of rng.sample(ms, rng.int(1, 3))) w.refer(c.shelter, m.ifo, 'VIOLENCE', 'FORMAL', 'ACUTE');
  }
  w.refer(c.shelter, c.resourceCentre, 'VIOLENCE', 'FORMAL', 'MIDDLE', cr.consultation);
  if (c.hrvCentre) w.refer(c.resourceCentre, c.hrvCentre, 'HRV_SUSPICION', 'FORMAL', 'MIDDLE', cr.consultation);
  if (rng.chance(0.6)) w.refer(c.gynaecology, c.resourceCentre, 'HRV_SUSPICION', 'INFORMAL', 'ACUTE');
}
