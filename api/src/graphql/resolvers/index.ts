import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/types.js';
import { accountMutationResolvers, accountQueryResolvers, accountTypeResolvers } from './accounts.js';
import { analysisQueryResolvers, analysisTypeResolvers } from './analysis.js';
import { exchangeMutationResolvers, exchangeQueryResolvers } from './exchange.js';
import { mutationResolvers } from './mutation.js';
import { nodeTypeResolvers } from './node-types.js';
import { presentationMutationResolvers, presentationQueryResolvers, presentationTypeResolvers } from './presentation.js';
import { queryResolvers } from './query.js';
import { relationshipTypeResolvers } from './relationship-types.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  Query: { ...queryResolvers, ...analysisQueryResolvers, ...accountQueryResolvers, ...exchangeQueryResolvers, ...presentationQueryResolvers },
  Mutation: { ...mutationResolvers, ...accountMutationResolvers, ...exchangeMutationResolvers, ...presentationMutationResolvers },
  ...nodeTypeResolvers,
  ...relationshipTypeResolvers,
  ...analysisTypeResolvers,
  ...accountTypeResolvers,
  ...presentationTypeResolvers,
};
