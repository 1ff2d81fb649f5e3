import type { Messages } from '../i18n/messages';
import { GraphQLRequestError } from './graphqlRequest';

export interface ErrorDescription {
  /** What happened, in the reader's language. */
  summary: string;
  /** The technical detail, as the request reported it. */
  detail: string;
}

export function describeError(error: unknown, t: Messages): ErrorDescription {
  if (error instanceof GraphQLRequestError) {
    return { summary: t.status.errorKinds[error.kind], detail: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { summary: t.status.errorKinds['invalid-response'], detail };
}
