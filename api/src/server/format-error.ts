/**
 * The one place errors leave the API. Expected failures keep their code and fields; GraphQL's
 * own request errors (syntax, validation, variable types) are bad input; everything else is
 * logged in full and reaches the client as INTERNAL with no detail.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.js';
import { AppError, ErrorCode } from '../errors/app-error.js';

const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The input a graphql-js message names: `… at "input.name"; …` or `Variable "$input" …`. */
export function fieldsNamedIn(message: string): { field: string; message: string }[] {
  const at = message.match(/ at "([^"]+)"/)?.[1];
  const variable = message.match(/Variable "\$(\w+)"/)?.[1];
  const argument = message.match(/[Aa]rgument "(\w+)"/)?.[1];
  const field = at ?? variable ?? argument;
  return field ? [{ field, message }] : [];
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    // Errors raised before execution (authorization) arrive as GraphQLErrors wrapping an AppError.
    if (original instanceof GraphQLError && original.originalError instanceof AppError) original = original.originalError;
    if (original instanceof AppError && original.code !== ErrorCode.INTERNAL) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code, fields: original.fields,
          ...(typeof formatted.extensions?.['retryAfter'] === 'number' ? { retryAfter: formatted.extensions['retryAfter'] } : {}),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    // Errors about the request itself (raised before any resolver ran: no path) are the client's:
    // Apollo and graphql-js do not always give them a code ("Too many errors processing variables").
    const requestError = !(original instanceof AppError) && formatted.path === undefined && original instanceof GraphQLError && !original.originalError;
    if (!(original instanceof AppError) && ((typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) || requestError)) {
      // The limits (limits.ts) say which one refused the operation.
      const reason = formatted.extensions?.['reason'];
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: typeof reason === 'string' ? reason : typeof code === 'string' ? code : 'BAD_REQUEST', fields: fieldsNamedIn(formatted.message) },
      };
    }
    logger.error(
      { error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original), path: formatted.path },
      'unexpected error',
    );
    return {
      message: 'Internal error. It has been logged; try again, and tell the administrator if it persists.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}
