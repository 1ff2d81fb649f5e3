/**
 * The analysis's judgements in one place: what counts as first line, as specialised support, as a
 * whole organisation. Change them here, and the tests that pin them will say what moved.
 */
import type { NodeRecord } from '../domain/model.js';
import type { ActorKind } from '../domain/vocabulary.js';

/** Where a worried parent should end up: social services, the county resource centre. */
export const SPECIALISED_KINDS: ReadonlySet<ActorKind> = new Set(['SOCIAL_SERVICES', 'RESOURCE_CENTRE']);

/** Whole organisations: a handover "to the municipality" names nobody in particular. */
export const ORGANISATION_KINDS: ReadonlySet<ActorKind> = new Set(['MUNICIPALITY', 'REGION', 'STATE_AGENCY']);

/** Not actors that take part in networks or routes themselves. */
export const NON_PARTICIPANT_KINDS: ReadonlySet<ActorKind> = new Set(['TARGET_GROUP', 'ARENA']);

/** Meets families directly, and is not itself the specialised support a chain should reach. */
export function isFirstLine(actor: NodeRecord<'Actor'>): boolean {
  return actor.firstLine && !SPECIALISED_KINDS.has(actor.kind);
}

export function isSpecialised(actor: NodeRecord<'Actor'>): boolean {
  return SPECIALISED_KINDS.has(actor.kind);
}

/** The topic the whole map is about: honour-related violence and oppression. */
export const HRV_TOPIC = 'topic-hrv';
/** Parental support: the work a municipality should coordinate (a coordinator, a steering group). */
export const PARENTAL_SUPPORT_TOPIC = 'topic-parental-support';

/**
 * Kinds that are a collaboration in themselves: a family centre is child health care, maternity
 * care, the open preschool and social services under one roof, so it is not "outside" collaboration
 * for lack of a recorded network.
 */
export const BY_DEFINITION_COLLABORATIONS: ReadonlySet<ActorKind> = new Set(['FAMILY_CENTRE']);
