/**
 * What an actor of each kind typically looks like: whether it meets families, which prevention
 * levels and support phases it serves, and the topics it tends to work on. The generator draws
 * from these, so two preschools are alike but not identical.
 */
import type { NodeProps } from '../domain/model.js';
import type { ActorKind } from '../domain/vocabulary.js';
import type { TopicId } from './catalogue.js';
import type { Rng } from './prng.js';

type Prevention = NodeProps<'Actor'>['preventionLevels'][number];
type Phase = NodeProps<'Actor'>['supportPhases'][number];

interface Profile {
  readonly firstLine: boolean;
  readonly prevention: readonly Prevention[];
  readonly phases: readonly Phase[];
  readonly topics: readonly TopicId[];
  /** How many of the topics, at least and at most. */
  readonly topicCount: readonly [number, number];
  /** The chance of each topic above the least number. */
  readonly topicChance: number;
}

const p = (
  firstLine: boolean, prevention: Prevention[], phases: Phase[], topics: TopicId[], topicCount: [number, number], topicChance = 0.5,
): Profile => ({ firstLine, prevention, phases, topics, topicCount, topicChance });

export const PROFILES: Record<ActorKind, Profile> = {
  MUNICIPALITY: p(false, [], [], ['topic-parental-support', 'topic-violence-prevention', 'topic-hrv'], [1, 2]),
  REGION: p(false, [], [], ['topic-hrv', 'topic-vinr', 'topic-child-health'], [1, 2]),
  STATE_AGENCY: p(false, [], [], ['topic-vinr', 'topic-hrv', 'topic-parental-support'], [1, 1]),
  POLICE: p(true, ['INDICATED'], ['ACUTE'], ['topic-vinr', 'topic-child-crime-victims', 'topic-norm-breaking-youth', 'topic-hrv'], [1, 2]),
  SOCIAL_SERVICES: p(false, ['SELECTIVE', 'INDICATED'], ['ACUTE', 'MIDDLE', 'LONG_TERM'], ['topic-hrv', 'topic-vinr', 'topic-parental-support', 'topic-child-marriage'], [2, 3]),
  OPEN_CARE: p(true, ['SELECTIVE', 'INDICATED'], ['MIDDLE', 'LONG_TERM'], ['topic-parental-support', 'topic-hrv', 'topic-vinr'], [1, 2]),
  PRESCHOOL: p(true, ['UNIVERSAL'], [], ['topic-parental-support', 'topic-child-health'], [0, 1], 0.35),
  SCHOOL: p(true, ['UNIVERSAL'], [], ['topic-parental-support', 'topic-school-absence', 'topic-hrv'], [0, 1], 0.35),
  SCHOOL_HEALTH: p(true, ['UNIVERSAL', 'SELECTIVE'], ['ACUTE', 'MIDDLE'], ['topic-child-health', 'topic-hrv', 'topic-fgm', 'topic-sexual-health'], [1, 2]),
  LEISURE: p(true, ['UNIVERSAL', 'SELECTIVE'], [], ['topic-norm-breaking-youth', 'topic-andts', 'topic-violence-prevention'], [1, 1]),
  SFI: p(true, ['UNIVERSAL'], [], ['topic-newcomers', 'topic-gender-equality'], [1, 1]),
  INTEGRATION: p(true, ['UNIVERSAL', 'SELECTIVE'], [], ['topic-newcomers', 'topic-parental-support'], [1, 2]),
  LIBRARY: p(true, ['UNIVERSAL'], [], ['topic-parental-support'], [0, 1], 0.35),
  FAMILY_CENTRE: p(true, ['UNIVERSAL', 'SELECTIVE'], ['MIDDLE'], ['topic-parental-support', 'topic-child-health'], [1, 2]),
  CHILD_HEALTH: p(true, ['UNIVERSAL', 'SELECTIVE'], [], ['topic-child-health', 'topic-parental-support', 'topic-fgm'], [1, 2]),
  MATERNITY_HEALTH: p(true, ['UNIVERSAL'], [], ['topic-fgm', 'topic-vinr', 'topic-sexual-health'], [1, 2]),
  CHILD_PSYCHIATRY: p(true, ['INDICATED'], ['MIDDLE', 'LONG_TERM'], ['topic-child-health'], [1, 1]),
  HEALTH_CARE: p(true, ['UNIVERSAL'], [], ['topic-child-health', 'topic-sexual-health', 'topic-vinr'], [0, 1], 0.35),
  PUBLIC_HEALTH: p(false, ['UNIVERSAL'], [], ['topic-violence-prevention', 'topic-parental-support', 'topic-andts'], [1, 2]),
  RESOURCE_CENTRE: p(false, ['INDICATED'], ['ACUTE', 'MIDDLE', 'LONG_TERM'], ['topic-hrv', 'topic-vinr', 'topic-child-marriage', 'topic-fgm'], [2, 3]),
  COORDINATOR: p(false, [], [], ['topic-vinr', 'topic-hrv'], [1, 2]),
  CIVIL_SOCIETY: p(true, ['UNIVERSAL', 'SELECTIVE'], [], ['topic-parental-support', 'topic-newcomers', 'topic-vinr'], [0, 1], 0.35),
  FAITH_COMMUNITY: p(true, ['UNIVERSAL'], [], ['topic-parental-support'], [0, 1], 0.35),
  PRIVATE_PROVIDER: p(true, ['SELECTIVE', 'INDICATED'], ['MIDDLE', 'LONG_TERM'], ['topic-parental-support', 'topic-vinr'], [0, 1], 0.35),
  UNIVERSITY: p(false, [], [], ['topic-parental-support', 'topic-violence-prevention'], [1, 1]),
  ARENA: p(true, ['UNIVERSAL'], [], ['topic-parental-support'], [1, 1]),
  TARGET_GROUP: p(false, [], [], [], [0, 0]),
  OTHER: p(false, [], [], ['topic-parental-support'], [0, 1], 0.35),
};

/** The profile's topics, a drawn number of them, in the profile's order. */
export function drawTopics(rng: Rng, kind: ActorKind): TopicId[] {
  const { topics, topicCount, topicChance } = PROFILES[kind];
  let count = topicCount[0];
  for (let i = topicCount[0]; i < topicCount[1]; i++) if (rng.chance(topicChance)) count++;
  const chosen = new Set(rng.sample(topics, count));
  return topics.filter((t) => chosen.has(t));
}

/** The profile's prevention levels, sometimes one fewer (never empty when the profile has some). */
export function drawPrevention(rng: Rng, kind: ActorKind): Prevention[] {
  const levels = PROFILES[kind].prevention;
  if (levels.length > 1 && rng.chance(0.2)) {
    const drop = rng.pick(levels);
    return levels.filter((l) => l !== drop);
  }
  return [...levels];
}

/** The profile's phases; some actors stop after the acute or middle phase. */
export function drawPhases(rng: Rng, kind: ActorKind): Phase[] {
  const phases = PROFILES[kind].phases;
  if (phases.length > 1 && rng.chance(0.2)) return phases.slice(0, phases.length - 1);
  return [...phases];
}
