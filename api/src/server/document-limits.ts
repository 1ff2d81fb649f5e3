/**
 * Limits on the request text, checked before graphql-js parses it: parsing and validating a
 * document is linear in its tokens, and 12 MB of tokens (or 200,000 directives) held the event
 * loop for seconds; deep nesting overflowed the parser's stack. The lexer below stops at the first token past a limit, so a refusal costs
 * little whatever the size of the document.
 */
import { Lexer, Source, TokenKind } from 'graphql';

/** Comfortably above the largest query the UI sends (about 5,000 tokens: 100 batched routes). */
export const MAX_TOKENS = 20_000;
/** `@include`/`@skip` on a handful of fields; nothing needs more. */
export const MAX_DIRECTIVES = 50;

/**
 * Braces, brackets and parentheses open at once. The parser recurses once per level, and 5,000
 * levels overflowed its stack ("Maximum call stack size exceeded"); queries need about 2 × 12.
 */
export const MAX_NESTING = 100;

export type DocumentRefusal = { readonly reason: 'TOO_MANY_TOKENS' | 'TOO_MANY_DIRECTIVES' | 'TOO_DEEP'; readonly message: string };

const OPENING: ReadonlySet<TokenKind> = new Set([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING: ReadonlySet<TokenKind> = new Set([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Why the document is refused before parsing, or null (syntax errors are left to the parser). */
export function documentRefusal(query: string): DocumentRefusal | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let directives = 0;
  let open = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > MAX_TOKENS) return { reason: 'TOO_MANY_TOKENS', message: `The document has more than ${MAX_TOKENS} tokens; send a smaller query.` };
      if (token.kind === TokenKind.AT && ++directives > MAX_DIRECTIVES) {
        return { reason: 'TOO_MANY_DIRECTIVES', message: `The document has more than ${MAX_DIRECTIVES} directives.` };
      }
      if (OPENING.has(token.kind) && ++open > MAX_NESTING) return { reason: 'TOO_DEEP', message: `The document nests more than ${MAX_NESTING} levels deep.` };
      if (CLOSING.has(token.kind)) open -= 1;
    }
  } catch {
    return null;
  }
  return null;
}
