/**
 * Hostile values for the fuzz tests: strings, wrong types, ids and dates a careless or hostile
 * client might send, and what the server is expected to store of the harmless ones.
 */
import fc from 'fast-check';

// ─── Hostile values ───────────────────────────────────────────────────────────

export const CYPHER_LIKE = [
  "') DETACH DELETE n //", 'MATCH (n) DETACH DELETE n', "x' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '$id', '$props', '{', '}', '{}',
  '`', '``', '`id`', '`Actor`', '\\', '\\\\', "'", '"', "\\'", 'RETURN 1; MATCH (n) DELETE n', 'CALL db.labels()', '/* */', '//',
  '${id}', '{{id}}', '%s%n%x', '<script>alert(1)</script>', '../../../etc/passwd', '__proto__', 'constructor', 'prototype',
  'toString', 'hasOwnProperty', 'null', 'undefined', 'NaN', 'Infinity', 'true', 'false', '0', '-1', '1e309', '[]', '{"$gt": ""}',
  'CREATE (n:Actor {id: "pwned"})', 'SET n.version = 999', 'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
];
export const UNICODE_ODD = [
  '\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2069', '\u061c', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u200b', '\u200d', '\u2060',
  '\ufffe', '\uffff', '\ufffd', '😀', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇸🇪', 'Å', 'A\u030a', 'ß', 'İ', 'ﬀ', 'ǅ', '\u0301', 'a\u0301\u0301\u0301\u0301',
  'ع', 'مرحبا', 'אבג', '中文', '𝕏', '\u{10ffff}', '\u{1d11e}', 'Ö'.normalize('NFD'), 'Z̸̡̢͓͚͉̪̑̏̈́͂a̷l̸g̴o̶',
  // Lone surrogates: JSON can carry them ("\ud800"), UTF-8 cannot.
  '\ud800', '\udbff', '\udc00', '\udfff', 'a\ud800b', '\udc00\ud800',
];
export const CONTROL = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CYPHER_LIKE, ...UNICODE_ODD, ...CONTROL) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
);

/** A huge string: 100 kB to 400 kB of one repeated piece. */
export const hugeString = fc
  // No "," here: a CSV header of 100,000 commas is a known bug (import.fuzz, BUG test).
  .tuple(fc.constantFrom('x', 'Ö', '😀', "') DETACH DELETE n //", '\u0000', 'a b ', '\ud800'), fc.integer({ min: 100_000, max: 400_000 }))
  .map(([p, bytes]) => p.repeat(Math.ceil(bytes / p.length)));

/** Strings a hostile or careless client might send: pieces of the above, mixed. */
export const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...CYPHER_LIKE, ...UNICODE_ODD, ...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\t\n', 'x'.repeat(299), 'x'.repeat(300), 'x'.repeat(301), 'x'.repeat(4001)) },
  { weight: 1, arbitrary: hugeString },
);

/** A value of any JSON type, for fields that expect something else (no long lists). */
export const wrongScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, -0, 1.5),
  fc.constant(JSON.parse('{"a":'.repeat(50) + '1' + '}'.repeat(50)) as unknown),
);

/**
 * Any of the above, or a huge list of strings (1,000 to 30,000). Never more than 50 values that
 * each fail GraphQL's coercion: that trips a known bug (see "more than 50 invalid values").
 */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 9, arbitrary: wrongScalar },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`)) },
);

/** A value for a string field: mostly hostile strings, sometimes the wrong type. */
export const stringish = fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });

/** A value for an enum field: the vocabulary, near misses, and garbage. */
export function enumish(values: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...values) },
    { weight: 2, arbitrary: fc.constantFrom(...values).map((s) => s.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((s) => ` ${s}`) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((s) => s.replace(/_/g, '-')) },
    { weight: 2, arbitrary: fc.constantFrom('SPACESHIP', 'ACTOR', 'NODE', '', 'null', 'UNKNOWN_VALUE', '__typename', "SCHOOL') DETACH DELETE n //") },
    { weight: 2, arbitrary: stringish },
  );
}

/** Ids with characters an id may not have, or of lengths it may not be. */
export const badId = fc.oneof(
  fc.constantFrom(
    'Bad Id', 'UPPER', 'a/b', 'a.b', 'a_b', 'åäö', '-leading', ' fz-ifo', 'fz-ifo ', 'fz-ifo\u0000', 'fz\u200bifo', 'a'.repeat(101), 'a'.repeat(251),
    'x'.repeat(10_000), "fz-ifo') DETACH DELETE n //", '$id', '`fz-ifo`', '{', '*', '%', '', '\ud800',
  ),
  hostileString,
);

/** An ISO date, near misses and impossible ones, for LocalDate fields. */
export const dateish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.constantFrom('2024-13-01', '2024-00-10', '2024-1-1', '24-01-01', '2024/01/01', '2024-01-01T00:00:00Z', '20240101', 'yesterday', '', '0000-00-00', '9999-99-99', '2024-01-32') },
  // Impossible days that match the pattern: GraphQL's LocalDate refuses them (the importer does not: see import.fuzz).
  { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2023-02-29', '2024-04-31', '2024-06-31') },
  { weight: 1, arbitrary: stringish },
);

// ─── Valid values ─────────────────────────────────────────────────────────────

export const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const HAS_LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What the map stores for a text: trimmed; UTF-8 cannot hold lone surrogates, they become U+FFFD. */
export const stored = (s: string) => s.trim().replace(LONE_SURROGATE, '\ufffd');

/** Text a person might really type: any printable graphemes, Cypher-looking text, RTL marks, emoji. */
export const validText = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...CYPHER_LIKE) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...UNICODE_ODD, ...CYPHER_LIKE, 'Östersund', 'IFO', ' '), { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  )
  .filter((s) => s.trim() !== '' && !FORBIDDEN_CONTROL.test(s) && !HAS_LONE_SURROGATE.test(s) && s.trim().length <= 200);
