/**
 * The write side. Each mutation commits through the service and hands the request the snapshot
 * after its write, so the fields it returns read the new state.
 */
import type { NodeLabel } from '../../domain/vocabulary.js';
import { LINK_TYPES } from '../../domain/vocabulary.js';
import type { Committed } from '../../service/map-service.js';
import { createNode, deleteNode, updateNode } from '../../service/node-writes.js';
import { createRel, deleteRel, relInputOf, updateRel } from '../../service/rel-writes.js';
import { importData } from '../../service/import-data.js';
import { markVerified } from '../../service/verify.js';
import { restoreDeleted } from '../../service/restore.js';
import type { GraphQLContext } from '../context.js';
import type { MutationResolvers } from '../generated/types.js';

/** The service, bound to who is asking and the mutation they called (for the audit log). */
const writer = (ctx: GraphQLContext) => ctx.service.as(ctx.principal, ctx.operation);

async function settle<R>(ctx: GraphQLContext, pending: Promise<Committed<R>>): Promise<R> {
  const { snapshot, result } = await pending;
  ctx.snapshot = snapshot;
  return result;
}

type Input = Readonly<Record<string, unknown>>;
const asInput = (x: object): Input => x as Input;

function nodeMutations<L extends NodeLabel>(label: L) {
  return {
    create: (_: unknown, { input }: { input: object }, ctx: GraphQLContext) => settle(ctx, createNode(writer(ctx), label, asInput(input))),
    update: (_: unknown, { id, version, patch }: { id: string; version: number; patch: object }, ctx: GraphQLContext) =>
      settle(ctx, updateNode(writer(ctx), label, id, version, asInput(patch))),
    remove: (_: unknown, { id, version }: { id: string; version?: number | null | undefined }, ctx: GraphQLContext) =>
      settle(ctx, deleteNode(writer(ctx), label, id, version)),
  };
}

const actor = nodeMutations('Actor');
const network = nodeMutations('Network');
const person = nodeMutations('Person');
const area = nodeMutations('Area');
const topic = nodeMutations('Topic');
const routine = nodeMutations('Routine');
const programme = nodeMutations('Programme');

export const mutationResolvers: MutationResolvers = {
  createActor: actor.create, updateActor: actor.update, deleteActor: actor.remove,
  createNetwork: network.create, updateNetwork: network.update, deleteNetwork: network.remove,
  createPerson: person.create, updatePerson: person.update, deletePerson: person.remove,
  createArea: area.create, updateArea: area.update, deleteArea: area.remove,
  createTopic: topic.create, updateTopic: topic.update, deleteTopic: topic.remove,
  createRoutine: routine.create, updateRoutine: routine.update, deleteRoutine: routine.remove,
  createProgramme: programme.create, updateProgramme: programme.update, deleteProgramme: programme.remove,

  createMembership: (_, { input }, ctx) => settle(ctx, createRel(writer(ctx), relInputOf.membership(input))),
  updateMembership: (_, { id, version, patch }, ctx) => settle(ctx, updateRel(writer(ctx), 'MEMBER_OF', id, version, asInput(patch))),
  deleteMembership: (_, { id, version }, ctx) => settle(ctx, deleteRel(writer(ctx), ['MEMBER_OF'], id, version)),

  createReferral: (_, { input }, ctx) => settle(ctx, createRel(writer(ctx), relInputOf.referral(input))),
  updateReferral: (_, { id, version, patch }, ctx) => settle(ctx, updateRel(writer(ctx), 'REFERS_TO', id, version, asInput(patch))),
  deleteReferral: (_, { id, version }, ctx) => settle(ctx, deleteRel(writer(ctx), ['REFERS_TO'], id, version)),

  createLink: (_, { input }, ctx) => settle(ctx, createRel(writer(ctx), relInputOf.link(input))),
  deleteLink: (_, { id, version }, ctx) => settle(ctx, deleteRel(writer(ctx), LINK_TYPES, id, version)),

  // The undo of a delete: the node and what went with it, in one write (service/restore.ts).
  restoreDeleted: (_, args, ctx) => settle(ctx, restoreDeleted(writer(ctx), args)),

  markVerified: (_, { ids }, ctx) => settle(ctx, markVerified(writer(ctx), ids)),
  importData: (_, { files, dryRun }, ctx) => settle(ctx, importData(writer(ctx), files, dryRun ?? false)),
};
