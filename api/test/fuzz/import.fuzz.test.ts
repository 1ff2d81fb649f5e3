/**
 * Bad-input fuzz of importData: generated CSV imports in the template (seed/README.md), valid ones
 * and ones broken on purpose — broken quoting, extra and duplicate columns, BOMs, CRLF, huge rows
 * and cells, duplicate ids, rows pointing at each other, self-references and cycles, enum values
 * outside the vocabulary, hostile text, unknown files — against one real server.
 *
 * Every answer keeps the error contract; a valid import is applied, and importing it again changes
 * nothing; a broken one is REJECTED with every error naming file, line and code, and leaves the
 * graph version and the map as they were; a dry run never writes. The map's invariants hold after
 * every property. Bugs it found are kept at the end as regression tests.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from '../../src/domain/vocabulary.js';
import type { TestServer } from '../support/harness.js';
import {
  forgetLogs, CaseCounter, checkInvariants, CONTROL, CYPHER_LIKE, expectThat, FORBIDDEN_CONTROL, hostileString, hugeString, IMPORT, params, send,
  startFuzzServer, UNICODE_ODD, validText, type Answer,
} from './support.js';

const counter = new CaseCounter();
let server: TestServer;

beforeAll(async () => {
  server = await startFuzzServer();
});
beforeEach(() => {
  if (server) forgetLogs(server);
});
afterAll(async () => {
  console.log(counter.report('import.fuzz'));
  await server?.close();
});

// ─── Tables, and how they are written ─────────────────────────────────────────

interface Table {
  file: string;
  header: string[];
  rows: string[][];
}

/** Ids of a generated import are `⟦P⟧-…`; each run replaces ⟦P⟧ with a prefix of its own. */
const P = '⟦P⟧';
let imports = 0;

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const writeCsv = (t: Table, eol = '\n') => [t.header.join(','), ...t.rows.map((r) => r.map(quote).join(','))].join(eol) + eol;

const BASE = {
  areas: ['fz-sverige', 'fz-lan', 'fz-kommun-a', 'fz-kommun-b', 'fz-distrikt'],
  actors: ['fz-kommun', 'fz-ifo', 'fz-skola', 'fz-forskola', 'fz-bvc', 'fz-forening', 'fz-polis', 'fz-resurs'],
  networks: ['fz-net-lokal', 'fz-net-lan'],
  topics: ['fz-topic-hrv', 'fz-topic-vinr'],
  routines: ['fz-rutin'],
  programmes: ['fz-prog-abc'],
  persons: ['fz-person-1'],
};

/** A text cell a person might write (no `;`, which splits list cells). */
const cellText = validText.filter((s) => !s.includes(';'));
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const orEmpty = (a: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), a);
const boolCell = fc.constantFrom('', 'true', 'false', 'ja', 'nej', 'TRUE', ' Ja ', 'yes', '0', '1');
/** Enum cells as a hub might type them: any case, with spaces or dashes for underscores. */
const enumCell = (values: readonly string[]) =>
  fc.tuple(fc.constantFrom(...values), fc.constantFrom('as-is', 'lower', 'dashes', 'padded')).map(([value, how]) =>
    how === 'lower' ? value.toLowerCase() : how === 'dashes' ? value.replace(/_/g, '-') : how === 'padded' ? ` ${value.replace(/_/g, ' ')} ` : value);
const listCell = (a: fc.Arbitrary<string>) => fc.array(a, { maxLength: 3 }).map((xs) => xs.join(';'));
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/**
 * A valid import: new areas, topics, programmes, actors, networks, routines and persons, and the
 * relationships between them and the base map — rows pointing at rows of the same import.
 */
const validImport: fc.Arbitrary<Table[]> = fc
  .record({ areas: fc.nat({ max: 3 }), topics: fc.nat({ max: 2 }), programmes: fc.nat({ max: 2 }), actors: fc.integer({ min: 1, max: 5 }), networks: fc.nat({ max: 3 }), routines: fc.nat({ max: 2 }), persons: fc.nat({ max: 2 }) })
  .chain((n) => {
    const ids = (kind: string, count: number) => Array.from({ length: count }, (_, i) => `${P}-${kind}-${i}`);
    const areaIds = ids('area', n.areas);
    const topicIds = [...BASE.topics, ...ids('topic', n.topics)];
    const programmeIds = [...BASE.programmes, ...ids('prog', n.programmes)];
    const actorIds = ids('actor', n.actors);
    const networkIds = ids('net', n.networks);
    const routineIds = ids('rutin', n.routines);
    const personIds = ids('person', n.persons);
    const allActors = [...BASE.actors, ...actorIds];
    const allNetworks = [...BASE.networks, ...networkIds];
    const allAreas = [...BASE.areas, ...areaIds];
    const meta = fc.tuple(orEmpty(cellText), orEmpty(date));
    return fc.record({
      areas: fc.tuple(...areaIds.map((id, i) => fc.tuple(cellText, pick(v.AREA_TYPES), orEmpty(pick([...BASE.areas, ...areaIds.slice(0, i)])), meta).map(([name, type, parent, [source, verified]]) => [id, name, type, parent, source, verified]))),
      topics: fc.tuple(...ids('topic', n.topics).map((id) => fc.tuple(cellText, orEmpty(cellText), meta).map(([name, description, [source, verified]]) => [id, name, description, source, verified]))),
      programmes: fc.tuple(...ids('prog', n.programmes).map((id) => fc.tuple(cellText, orEmpty(cellText), meta).map(([name, description, [source, verified]]) => [id, name, description, source, verified]))),
      actors: fc.tuple(...actorIds.map((id, i) => fc.tuple(
        cellText, enumCell(v.ACTOR_KINDS), enumCell(v.SECTORS), enumCell(v.LEVELS), orEmpty(pick(allAreas)),
        // partOf: a base actor or an earlier row of this import (rows pointing at each other).
        orEmpty(pick([...BASE.actors, ...actorIds.slice(0, i)])), boolCell, listCell(enumCell(v.PREVENTION_LEVELS)), listCell(enumCell(v.SUPPORT_PHASES)),
        listCell(cellText), listCell(cellText), fc.uniqueArray(pick(topicIds), { maxLength: 3 }).map((t) => t.join(';')), orEmpty(cellText), meta,
      ).map(([name, kind, sector, level, area, partOf, firstLine, prev, phases, groups, langs, topics, description, [source, verified]]) =>
        [id, name, kind, sector, level, area, partOf, firstLine, prev, phases, groups, langs, topics, description, source, verified]))),
      networks: fc.tuple(...networkIds.map((id) => fc.tuple(
        cellText, enumCell(v.NETWORK_KINDS), enumCell(v.LEVELS), enumCell(v.NETWORK_STATUSES), boolCell, orEmpty(pick(allAreas)),
        fc.uniqueArray(pick(allActors), { maxLength: 3 }).map((a) => a.join(';')), fc.uniqueArray(pick(topicIds), { maxLength: 2 }).map((t) => t.join(';')),
        orEmpty(cellText), orEmpty(cellText), boolCell, orEmpty(date), meta,
      ).map(([name, kind, level, status, formal, area, conveners, topics, purpose, rhythm, timeLimited, endsOn, [source, verified]]) =>
        [id, name, kind, level, status, formal, area, conveners, topics, purpose, rhythm, timeLimited, endsOn, source, verified]))),
      routines: fc.tuple(...routineIds.map((id) => fc.tuple(cellText, enumCell(v.ROUTINE_KINDS), enumCell(v.ROUTINE_STATUSES), fc.uniqueArray(pick(allActors), { maxLength: 2 }).map((a) => a.join(';')), fc.uniqueArray(pick(topicIds), { maxLength: 2 }).map((t) => t.join(';')), meta)
        .map(([name, kind, status, owners, topics, [source, verified]]) => [id, name, kind, status, owners, topics, source, verified]))),
      persons: fc.tuple(...personIds.map((id) => fc.tuple(cellText, fc.uniqueArray(pick(allActors), { maxLength: 2 }).map((a) => a.join(';')), orEmpty(cellText))
        .map(([pseudonym, represents, note]) => [id, pseudonym, represents, note]))),
      memberships: fc.uniqueArray(fc.tuple(pick(allActors), pick(allNetworks), orEmpty(enumCell(v.MEMBERSHIP_ROLES)), orEmpty(date), orEmpty(date)), { maxLength: 4, selector: ([a, b]) => `${a} ${b}` })
        .map((rows) => rows.filter(([a, b]) => actorIds.includes(a) || networkIds.includes(b)).map(([a, b, role, since, until]) => ['', a, b, role, since, until])),
      referrals: fc.uniqueArray(fc.tuple(pick(allActors), pick(allActors), pick(v.REFERRAL_TRIGGERS), enumCell(v.REFERRAL_KINDS), enumCell(v.REFERRAL_STATUSES), orEmpty(enumCell(v.SUPPORT_PHASES)), orEmpty(pick([...BASE.routines, ...routineIds]))), { maxLength: 3, selector: ([a, b, t]) => `${a} ${b} ${t}` })
        .map((rows) => rows.filter(([a, b]) => a !== b && (actorIds.includes(a) || actorIds.includes(b))).map(([from, to, trigger, kind, status, phase, routine]) => ['', from, to, trigger, kind, status, phase, routine])),
      offers: fc.uniqueArray(fc.tuple(pick(actorIds), pick(programmeIds)), { maxLength: 2, selector: ([a, b]) => `${a} ${b}` }).map((rows) => rows.map(([a, p]) => [a, p])),
      seats: fc.uniqueArray(fc.tuple(pick(personIds.length ? personIds : BASE.persons), pick(allNetworks), orEmpty(enumCell(v.MEMBERSHIP_ROLES))), { maxLength: personIds.length ? 2 : 0, selector: ([a, b]) => `${a} ${b}` })
        .map((rows) => rows.map(([p, net, role]) => ['', p, net, role])),
    }).map((r) => {
      const tables: Table[] = [
        { file: 'areas.csv', header: ['id', 'name', 'type', 'parent', 'source', 'lastVerifiedAt'], rows: r.areas },
        { file: 'topics.csv', header: ['id', 'name', 'description', 'source', 'lastVerifiedAt'], rows: r.topics },
        { file: 'programmes.csv', header: ['id', 'name', 'description', 'source', 'lastVerifiedAt'], rows: r.programmes },
        { file: 'actors.csv', header: ['id', 'name', 'kind', 'sector', 'level', 'area', 'partOf', 'firstLine', 'preventionLevels', 'supportPhases', 'targetGroups', 'languages', 'topics', 'description', 'source', 'lastVerifiedAt'], rows: r.actors },
        { file: 'networks.csv', header: ['id', 'name', 'kind', 'level', 'status', 'formal', 'area', 'conveners', 'topics', 'purpose', 'meetingRhythm', 'timeLimited', 'endsOn', 'source', 'lastVerifiedAt'], rows: r.networks },
        { file: 'routines.csv', header: ['id', 'name', 'kind', 'status', 'owners', 'topics', 'source', 'lastVerifiedAt'], rows: r.routines },
        { file: 'persons.csv', header: ['id', 'pseudonym', 'represents', 'note'], rows: r.persons },
        { file: 'memberships.csv', header: ['id', 'actor', 'network', 'role', 'since', 'until'], rows: r.memberships },
        { file: 'referrals.csv', header: ['id', 'from', 'to', 'trigger', 'kind', 'status', 'phase', 'routine'], rows: r.referrals },
        { file: 'offers.csv', header: ['actor', 'programme'], rows: r.offers },
        { file: 'seats.csv', header: ['id', 'person', 'network', 'role'], rows: r.seats },
      ];
      return tables.filter((t) => t.rows.length > 0);
    });
  });

// ─── Running an import ────────────────────────────────────────────────────────

interface Report {
  status: 'APPLIED' | 'REJECTED' | 'DRY_RUN';
  graphVersion: number;
  counts: { file: string; created: number; updated: number; unchanged: number }[];
  errors: { file: string; line: number; column: string | null; code: string; message: string }[];
}
const ROW_CODES = new Set(['INVALID', 'NOT_FOUND', 'CONFLICT', 'DUPLICATE', 'CSV_SYNTAX', 'TOO_LARGE', 'UNKNOWN_FILE', 'UNKNOWN_COLUMN', 'DUPLICATE_COLUMN', 'MISSING_COLUMN', 'EXTRA_CELLS', 'TOO_WIDE', 'TOO_MANY_ERRORS']);

/**
 * Sends an import and checks what every import answer must be: the contract, a report whose
 * errors each name a file, a line within the file and a known code, and — when rejected or a
 * dry run — a map exactly as it was.
 */
async function runImport(files: unknown, dryRun: unknown): Promise<{ answer: Answer; report: Report | null }> {
  const before = await server.service.snapshot();
  const answer = await send(server, IMPORT, dryRun === undefined ? { files } : { files, dryRun });
  counter.answer(currentProperty, answer);
  const list = (Array.isArray(files) ? files : []) as { name?: unknown; content?: unknown }[];
  const request = { files: list.map((f) => ({ name: f?.name, content: typeof f?.content === 'string' ? f.content.slice(0, 300) : f?.content })), dryRun };
  if (answer.status !== 200) return { answer, report: null };
  // Two files of one kind (by base name) are bad input naming the second, not a report.
  const baseNames = list.map((f) => (typeof f?.name === 'string' ? f.name.replace(/^.*[\\/]/, '') : null));
  const second = baseNames.findIndex((n, i) => n !== null && baseNames.indexOf(n) < i);
  if (second >= 0 && answer.body.errors) {
    const error = answer.body.errors[0]!;
    expectThat(error.extensions.code === 'BAD_USER_INPUT' && error.extensions.fields?.[0]?.field === `files[${second}].name`, 'a file given twice is bad input naming the second', answer, request);
    const after = await server.service.snapshot();
    expectThat(after.graphVersion === before.graphVersion, 'an import refused for a file given twice moved the graph version', answer, request);
    return { answer, report: null };
  }
  expectThat(!answer.body.errors, 'importData answered with GraphQL errors instead of a report', answer, request);
  const report = answer.body.data!['importData'] as Report;
  counter.note(currentProperty, `report ${report.status}`);
  const base = (name: unknown) => String(name).replace(/^.*[\\/]/, '');
  // Header errors name the file as sent (with its path), row errors by its template name.
  const names = new Set([...list.map((f) => base(f.name)), ...list.map((f) => String(f.name)), '(import)']);
  for (const e of report.errors) {
    expectThat(ROW_CODES.has(e.code) && typeof e.message === 'string' && e.message !== '', `an import error has an unknown code or no message: ${JSON.stringify(e)}`, answer, request);
    expectThat(names.has(e.file), `an import error names a file that was not sent: ${JSON.stringify(e)}`, answer, request);
    const content = list.find((f) => base(f.name) === e.file || String(f.name) === e.file)?.content;
    const lines = typeof content === 'string' ? content.split(/\r\n|\r|\n/).length : 1;
    expectThat(Number.isInteger(e.line) && e.line >= 0 && e.line <= lines + 1, `an import error names a line outside the file: ${JSON.stringify(e)}`, answer, request);
  }
  const after = await server.service.snapshot();
  if (report.status === 'REJECTED' || report.status === 'DRY_RUN') {
    expectThat(report.status === 'DRY_RUN' ? report.errors.length === 0 : report.errors.length > 0, 'a rejection without errors, or a dry run with them', answer, request);
    if (report.status === 'REJECTED') expectThat(report.counts.length === 0, 'a rejection with counts', answer, request);
    expectThat(after.graphVersion === before.graphVersion && report.graphVersion === before.graphVersion, 'a rejected import or dry run moved the graph version', answer, request);
    expectThat(after.nodes.size === before.nodes.size && after.rels.size === before.rels.size, 'a rejected import or dry run changed the map', answer, request);
  } else {
    expectThat(report.status === 'APPLIED' && report.errors.length === 0, 'an applied import with errors', answer, request);
    expectThat(after.graphVersion === report.graphVersion && (after.graphVersion === before.graphVersion || after.graphVersion === before.graphVersion + 1), 'an applied import moved the version by more than one', answer, request);
  }
  return { answer, report };
}

let currentProperty = '';
const property = (name: string) => {
  currentProperty = name;
  counter.hit(name);
};

const materialise = (tables: Table[], prefix: string, eol = '\n') => tables.map((t) => ({ name: t.file, content: writeCsv(t, eol).split(P).join(prefix) }));

// ─── Properties ──────────────────────────────────────────────────────────────

describe('importData with valid files', () => {
  it('applies them (rows pointing at each other included); importing again changes nothing; a dry run writes nothing', async () => {
    await fc.assert(fc.asyncProperty(validImport, fc.constantFrom('\n', '\r\n'), fc.boolean(), async (tables, eol, bom) => {
      property('valid import, re-import, dry run');
      const prefix = `fz-imp-${++imports}`;
      const files = materialise(tables, prefix, eol).map((f, i) => (bom && i === 0 ? { ...f, content: `\ufeff${f.content}` } : f));
      const first = await runImport(files, false);
      expectThat(first.report?.status === 'APPLIED', 'a valid import was not applied', first.answer, files);
      for (const t of tables) {
        const count = first.report!.counts.find((c) => c.file === t.file);
        // Every row is new (offers and memberships of a new actor included).
        expectThat(count?.created === t.rows.length, `${t.file}: ${t.rows.length} new rows, ${JSON.stringify(count)}`, first.answer, files);
      }
      const again = await runImport(files, false);
      expectThat(again.report?.status === 'APPLIED' && again.report.counts.every((c) => c.created === 0 && c.updated === 0), 'importing the same files again changed something', again.answer, files);
      expectThat(again.report.graphVersion === first.report!.graphVersion, 'importing the same files again moved the graph version', again.answer, files);
      const dry = await runImport(files, true);
      expectThat(dry.report?.status === 'DRY_RUN', 'a dry run of valid files is not DRY_RUN', dry.answer, files);
    }), params(60));
    await checkInvariants(server);
  });
});

// ─── Breaking a valid import ─────────────────────────────────────────────────

/** What a break must do to the import: be refused, be harmless, or either. */
type Expect = 'reject' | 'accept' | 'either';
interface Break {
  readonly name: string;
  readonly expect: Expect;
  apply(tables: Table[], files: { name: string; content: unknown }[] | null): void;
}

const ENUM_COLUMNS: Record<string, string[]> = {
  'areas.csv': ['type'], 'actors.csv': ['kind', 'sector', 'level'], 'networks.csv': ['kind', 'level', 'status'], 'routines.csv': ['kind', 'status'],
  'referrals.csv': ['trigger', 'kind', 'status'],
};
const REF_COLUMNS: Record<string, string[]> = {
  'areas.csv': ['parent'], 'actors.csv': ['area', 'partOf', 'topics'], 'networks.csv': ['area', 'conveners', 'topics'], 'routines.csv': ['owners', 'topics'],
  'persons.csv': ['represents'], 'memberships.csv': ['actor', 'network'], 'referrals.csv': ['from', 'to', 'routine'], 'offers.csv': ['actor', 'programme'], 'seats.csv': ['person', 'network'],
};
const WRONG_LABEL: Record<string, string> = {
  parent: 'fz-ifo', area: 'fz-topic-hrv', partOf: 'fz-kommun-a', topics: 'fz-ifo', conveners: 'fz-net-lan', owners: 'fz-rutin', represents: 'fz-net-lokal',
  actor: 'fz-net-lokal', network: 'fz-ifo', from: 'fz-net-lan', to: 'fz-lan', routine: 'fz-topic-vinr', programme: 'fz-ifo', person: 'fz-ifo',
};
const REQUIRED: Record<string, string[]> = {
  'areas.csv': ['name', 'type'], 'topics.csv': ['name'], 'programmes.csv': ['name'], 'actors.csv': ['name', 'kind', 'sector', 'level'],
  'networks.csv': ['name', 'kind', 'level', 'status'], 'routines.csv': ['name', 'kind', 'status'], 'persons.csv': ['pseudonym'],
  'memberships.csv': ['actor', 'network'], 'referrals.csv': ['from', 'to', 'trigger', 'kind', 'status'], 'offers.csv': ['actor', 'programme'], 'seats.csv': ['person', 'network'],
};
const TEXT_LIMITS: Record<string, number> = { name: 300, pseudonym: 300, description: 4000, source: 500, purpose: 4000, meetingRhythm: 300, note: 1000 };

/** Adds rows to the table of `file` (one file per kind: a second table would replace the first). */
function addRows(tables: Table[], file: string, header: string[], rows: string[][]): void {
  let t = tables.find((x) => x.file === file);
  if (!t) tables.push((t = { file, header: [], rows: [] }));
  for (const c of header) if (!t.header.includes(c)) { t.header.push(c); t.rows.forEach((r) => r.push('')); }
  const defaults: Record<string, string> = { type: 'DISTRICT', kind: 'SCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', status: 'ACTIVE' };
  for (const row of rows) t.rows.push(t.header.map((c) => (header.includes(c) ? row[header.indexOf(c)]! : defaults[c] ?? '')));
}

const set = (t: Table, row: string[], column: string, value: string) => {
  const i = t.header.indexOf(column);
  if (i >= 0) row[i] = value;
};
const withColumn = (tables: Table[], columns: Record<string, string[]>, choice: number) => {
  const candidates = tables.flatMap((t) => (columns[t.file] ?? []).filter((c) => t.header.includes(c)).flatMap((c) => t.rows.map((row) => ({ t, row, c }))));
  return candidates.length ? candidates[choice % candidates.length]! : null;
};

/** Hostile text in a text cell: refused when the model's rules say so, otherwise stored. */
const hostileText: fc.Arbitrary<Break> =
  fc.tuple(fc.nat(), fc.oneof(hostileString, fc.tuple(validText, fc.constantFrom(...CONTROL), fc.nat()).map(([t, c, at]) => `${t.slice(0, at % (t.length + 1))}${c}${t.slice(at % (t.length + 1))}`))).map(([choice, value]) => {
    const column = ['name', 'description', 'source', 'pseudonym', 'note', 'purpose'][choice % 6]!;
    const trimmed = value.trim();
    const limit = TEXT_LIMITS[column]!;
    // Quoted cells keep line breaks, so only the model's own rules decide.
    const refuse = FORBIDDEN_CONTROL.test(trimmed) || trimmed.length > limit || ((column === 'name' || column === 'pseudonym') && trimmed === '');
    return {
      // Within the limits, any text is acceptable (lone surrogates are stored as U+FFFD).
      name: `hostile text in ${column} (${refuse ? 'must be refused' : 'acceptable'})`, expect: refuse ? ('reject' as const) : ('accept' as const),
      apply: (tables: Table[]) => {
        const at = withColumn(tables, Object.fromEntries(tables.map((t) => [t.file, [column]])), choice);
        if (at) return set(at.t, at.row, at.c, value);
        const id = `${P}-hostile-${column.toLowerCase()}`;
        if (column === 'pseudonym' || column === 'note') addRows(tables, 'persons.csv', ['id', 'pseudonym', 'note'], [[id, column === 'pseudonym' ? value : 'x', column === 'note' ? value : '']]);
        else if (column === 'purpose') addRows(tables, 'networks.csv', ['id', 'name', 'kind', 'level', 'status', 'purpose'], [[id, 'x', 'FORUM', 'LOCAL', 'ACTIVE', value]]);
        else if (column === 'name') addRows(tables, 'topics.csv', ['id', 'name'], [[id, value]]);
        else addRows(tables, 'topics.csv', ['id', 'name', column], [[id, 'x', value]]);
      },
    };
  });

/** The breaks: each a generator of one concrete change, and what it must do. */
const breaks: fc.Arbitrary<Break>[] = [
  fc.tuple(fc.nat(), fc.constantFrom('SPACESHIP', 'DETACH DELETE', "SCHOOL') DETACH DELETE n //", '$id', 'SCHOOL;PRESCHOOL', '`SCHOOL`', 'SCHOOL\u0000', '\u202eLOOHCS')).map(([choice, value]) => ({
    name: `enum outside the vocabulary (${JSON.stringify(value)})`, expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, ENUM_COLUMNS, choice); if (at) set(at.t, at.row, at.c, value); else addRows(tables, 'areas.csv', ['id', 'name', 'type'], [[`${P}-bad-enum`, 'x', value]]); },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('maybe', 'jo', '2', 'truee', 'null', '✓')).map(([choice, value]) => ({
    name: `a boolean that is not one (${JSON.stringify(value)})`, expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, { 'actors.csv': ['firstLine'] }, choice); if (at) set(at.t, at.row, at.c, value); },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('2024-13-01', '20240101', 'igår', '2024-1-1', '24-01-01', '2024/01/01', '2024-00-00', '2024-01-01T00:00:00Z', '9999-99-99')).map(([choice, value]) => ({
    // Only dates the pattern already refuses: impossible days like 2024-02-30 trip a known bug (BUG test at the end).
    name: `a date that is not one (${JSON.stringify(value)})`, expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, { 'actors.csv': ['lastVerifiedAt'] }, choice); if (at) set(at.t, at.row, at.c, value); },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('Bad Id', 'UPPER', 'åäö', '-lead', 'a'.repeat(101), "x') DETACH DELETE n //", '$id', '`id`', 'a/b', 'a\u0000b', '\ud800')).map(([choice, value]) => ({
    name: `an id with bad characters (${JSON.stringify(value.slice(0, 20))})`, expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, { 'areas.csv': ['id'], 'actors.csv': ['id'], 'networks.csv': ['id'], 'topics.csv': ['id'] }, choice); if (at) set(at.t, at.row, at.c, value); },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('fz-unknown-x', 'fz-unknown-a;fz-unknown-b', 'DETACH DELETE n', 'fz-ifo-')).map(([choice, value]) => ({
    name: `a reference to nothing (${value})`, expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, REF_COLUMNS, choice); if (at) set(at.t, at.row, at.c, value); },
  })),
  fc.nat().map((choice) => ({
    name: 'a reference to a node of the wrong kind', expect: 'reject' as const,
    apply: (tables: Table[]) => { const at = withColumn(tables, REF_COLUMNS, choice); if (at) set(at.t, at.row, at.c, WRONG_LABEL[at.c]!); },
  })),
  fc.nat().map((choice) => ({
    name: 'a self-reference (partOf or parent = own id; a referral to itself)', expect: 'reject' as const,
    apply: (tables: Table[]) => {
      const at = withColumn(tables, { 'actors.csv': ['partOf'], 'areas.csv': ['parent'], 'referrals.csv': ['to'] }, choice);
      if (!at) return;
      set(at.t, at.row, at.c, at.row[at.t.header.indexOf(at.c === 'to' ? 'from' : 'id')]!);
    },
  })),
  fc.nat().map(() => ({
    // Accepted today (see the BUG test on cycles in mutations.fuzz); either way nothing may break.
    name: 'a cycle (two new actors part of each other, two new areas within each other)', expect: 'either' as const,
    apply: (tables: Table[]) => {
      addRows(tables, 'areas.csv', ['id', 'name', 'type', 'parent'], [[`${P}-cyc-a`, 'Cykel A', 'DISTRICT', `${P}-cyc-b`], [`${P}-cyc-b`, 'Cykel B', 'DISTRICT', `${P}-cyc-a`]]);
      addRows(tables, 'actors.csv', ['id', 'name', 'kind', 'sector', 'level', 'partOf'], [[`${P}-cyc-x`, 'Cykel X', 'SCHOOL', 'MUNICIPAL', 'LOCAL', `${P}-cyc-y`], [`${P}-cyc-y`, 'Cykel Y', 'SCHOOL', 'MUNICIPAL', 'LOCAL', `${P}-cyc-x`]]);
    },
  })),
  fc.nat().map((choice) => ({
    name: 'a row twice (a duplicate id or natural key)', expect: 'reject' as const,
    apply: (tables: Table[]) => { const t = tables[choice % tables.length]; if (t && t.rows.length) t.rows.push([...t.rows[choice % t.rows.length]!]); },
  })),
  fc.nat().map((choice) => ({
    // Node ids are unique across node files. (A relationship id equal to a node id is a known bug: see the BUG test.)
    name: 'an id used in two node files', expect: 'reject' as const,
    apply: (tables: Table[]) => {
      const actors = tables.find((t) => t.file === 'actors.csv');
      const row = actors?.rows[choice % (actors?.rows.length || 1)];
      if (actors && row) addRows(tables, 'topics.csv', ['id', 'name'], [[row[0]!, 'Dubbel']]);
    },
  })),
  hostileText,
  fc.tuple(fc.nat(), hugeString).map(([choice, value]) => ({
    name: 'a huge cell (100–400 kB)', expect: 'reject' as const,
    apply: (tables: Table[]) => {
      const at = withColumn(tables, Object.fromEntries(tables.map((t) => [t.file, ['name', 'description', 'source', 'pseudonym', 'id', 'kind']])), choice);
      if (at) set(at.t, at.row, at.c, value);
      else addRows(tables, 'topics.csv', ['id', 'name'], [[`${P}-huge`, value]]);
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5000 })).map(([choice, extra]) => ({
    name: 'a row with more cells than the header', expect: 'reject' as const,
    apply: (tables: Table[]) => { const t = tables[choice % tables.length]; const row = t?.rows[choice % (t?.rows.length || 1)]; if (row) row.push(...Array.from({ length: extra }, (_, i) => `extra ${i}`)); },
  })),
  fc.tuple(fc.nat(), fc.constantFrom('sektor', 'Name', 'name ', '', '__proto__', 'id;name', "n') DETACH DELETE n //", '\ufeffid')).map(([choice, column]) => ({
    name: `an unknown column (${JSON.stringify(column)})`, expect: column === 'name ' || column === '\ufeffid' ? ('either' as const) : ('reject' as const),
    apply: (tables: Table[]) => { const t = tables[choice % tables.length]; if (t) { t.header.push(column); t.rows.forEach((r) => r.push('x')); } },
  })),
  fc.nat().map((choice) => ({
    name: 'a column twice', expect: 'reject' as const,
    apply: (tables: Table[]) => { const t = tables[choice % tables.length]; if (t) { const c = t.header[choice % t.header.length]!; t.header.push(c); t.rows.forEach((r) => r.push(r[t.header.indexOf(c)] ?? '')); } },
  })),
  fc.nat().map((choice) => ({
    name: 'a required column left out', expect: 'reject' as const,
    apply: (tables: Table[]) => {
      const t = tables[choice % tables.length];
      const required = t ? REQUIRED[t.file]! : [];
      const c = required[choice % required.length];
      if (!t || !c) return;
      const i = t.header.indexOf(c);
      t.header.splice(i, 1);
      t.rows.forEach((r) => r.splice(i, 1));
    },
  })),
];

/** Breaks of the written text: applied to one file's content after the CSV is written. */
type TextBreak = { name: string; expect: Expect; apply: (content: string, choice: number) => string };
const textBreaks: fc.Arbitrary<TextBreak>[] = [
  fc.constant({ name: 'a BOM', expect: 'accept' as const, apply: (c: string) => `\ufeff${c}` }),
  fc.constant({ name: 'CRLF line ends', expect: 'accept' as const, apply: (c: string) => c.replace(/\r?\n/g, '\r\n') }),
  fc.constant({ name: 'blank lines at the end', expect: 'accept' as const, apply: (c: string) => `${c}${c.includes('\r\n') ? '\r\n\r\n' : '\n\n\n'}` }),
  fc.constant({ name: 'CR-only line ends', expect: 'either' as const, apply: (c: string) => c.replace(/\r?\n/g, '\r') }),
  fc.constant({ name: 'an unterminated quote on the last line', expect: 'reject' as const, apply: (c: string) => `${c}"never closed,x,y\n` }),
  fc.constant({ name: 'text after a closing quote', expect: 'reject' as const, apply: (c: string) => `${c}"a"b,c\n` }),
  fc.constant({ name: 'a quote inside an unquoted cell', expect: 'reject' as const, apply: (c: string) => `${c}ab"c,d\n` }),
  fc.constant({ name: 'a BOM in the middle', expect: 'either' as const, apply: (c: string, at: number) => `${c.slice(0, at % (c.length + 1))}\ufeff${c.slice(at % (c.length + 1))}` }),
  fc.constantFrom(...CONTROL, '\u0000\u0000', '"', '""', ',', '\\"').map((ch) => ({ name: `${JSON.stringify(ch)} inserted anywhere`, expect: 'either' as const, apply: (c: string, at: number) => `${c.slice(0, at % (c.length + 1))}${ch}${c.slice(at % (c.length + 1))}` })),
  fc.constant({ name: 'cut off anywhere', expect: 'either' as const, apply: (c: string, at: number) => c.slice(0, at % (c.length + 1)) }),
  fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(...CYPHER_LIKE, ...UNICODE_ODD))
    .map((junk) => ({ name: 'replaced with junk', expect: 'either' as const, apply: () => junk })),
];

/** Breaks of the file list itself. */
type FileBreak = { name: string; expect: Expect; apply: (files: { name: string; content: unknown }[]) => void };
const fileBreaks: fc.Arbitrary<FileBreak>[] = [
  fc.constantFrom('budget.csv', 'ACTORS.CSV', 'actors.csv.bak', 'actors', '', ' ', '.csv', "actors') DETACH DELETE n //.csv", 'a\u0000.csv', '\ud800.csv', '$id.csv', '__proto__', 'constructor')
    .map((name) => ({ name: `an unknown file (${JSON.stringify(name)})`, expect: 'reject' as const, apply: (files: { name: string; content: unknown }[]) => void files.push({ name, content: 'id,name\nx,y\n' }) })),
  fc.constantFrom('some/dir/', '../../', 'C:\\Users\\hub\\', '/etc/').map((dir) => ({
    name: `a file name with a path (${dir})`, expect: 'accept' as const,
    apply: (files: { name: string; content: unknown }[]) => { if (files[0]) files[0].name = `${dir}${files[0].name}`; },
  })),
  // Refused as bad input (runImport checks it), so never a report.
  fc.constant({ name: 'the same file twice', expect: 'reject' as const, apply: (files: { name: string; content: unknown }[]) => { if (files[0]) files.push({ ...files[0] }); } }),
  fc.constantFrom('', '\n', '\ufeff', '\r\n\r\n').map((content) => ({
    name: `an empty file (${JSON.stringify(content)})`, expect: 'accept' as const,
    apply: (files: { name: string; content: unknown }[]) => {
      const free = ['programmes.csv', 'topics.csv', 'seats.csv', 'offers.csv', 'persons.csv'].find((n) => !files.some((f) => f.name === n));
      if (free) files.push({ name: free, content });
    },
  })),
  fc.integer({ min: 21, max: 60 }).map((n) => ({
    name: `too many files (${n})`, expect: 'reject' as const,
    apply: (files: { name: string; content: unknown }[]) => { while (files.length < n) files.push({ name: 'topics.csv', content: 'name\n' }); },
  })),
];

describe('importData with broken files', () => {
  /** Applies the breaks to a valid import and checks the answer against what they must do. */
  async function broken(name: string, k: { tables: Table[]; breaks: Break[]; text: [TextBreak, number, number][]; files: FileBreak[]; dryRun: unknown }) {
    property(name);
    const prefix = `fz-imp-${++imports}`;
    const tables = k.tables.map((t) => ({ ...t, header: [...t.header], rows: t.rows.map((r) => [...r]) }));
    for (const b of k.breaks) b.apply(tables, null);
    const files: { name: string; content: unknown }[] = materialise(tables, prefix);
    for (const [b, which, at] of k.text) {
      const file = files[which % files.length];
      if (file) file.content = b.apply(String(file.content), at);
    }
    for (const b of k.files) b.apply(files);
    const all: Expect[] = [...k.breaks, ...k.text.map(([b]) => b), ...k.files].map((b) => b.expect);
    const expected: Expect = all.includes('either') ? 'either' : all.includes('reject') ? 'reject' : 'accept';
    const { answer, report } = await runImport(files, k.dryRun);
    if (!report) return;
    const what = [...k.breaks, ...k.text.map(([b]) => b), ...k.files].map((b) => b.name).join(' + ');
    const request = { breaks: what, files: files.map((f) => ({ name: f.name, content: String(f.content).slice(0, 400) })) };
    counter.note(currentProperty, `expected ${expected}`);
    if (process.env['FUZZ_DEBUG']) counter.note(currentProperty, `${what.replace(/\(.*\)/, '')} → ${report.status}`);
    if (expected === 'reject') expectThat(report.status === 'REJECTED', `not refused: ${what}`, answer, request);
    if (expected === 'accept') expectThat(report.status !== 'REJECTED', `refused although harmless: ${what}`, answer, request);
  }
  const dryRun = fc.oneof({ weight: 4, arbitrary: fc.constant<unknown>(false) }, { weight: 2, arbitrary: fc.constant<unknown>(true) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null) });
  const none = { breaks: [] as Break[], text: [] as [TextBreak, number, number][], files: [] as FileBreak[] };

  it('one break at a time: each is refused with errors naming file, line and code, and changes nothing; harmless ones are applied', async () => {
    const one = fc.oneof(
      { weight: 5, arbitrary: fc.oneof(...breaks).map((b) => ({ ...none, breaks: [b] })) },
      { weight: 2, arbitrary: hostileText.map((b) => ({ ...none, breaks: [b] })) },
      { weight: 3, arbitrary: fc.tuple(fc.oneof(...textBreaks), fc.nat(), fc.nat()).map((t) => ({ ...none, text: [t] })) },
      { weight: 1, arbitrary: fc.oneof(...fileBreaks).map((f) => ({ ...none, files: [f] })) },
    );
    await fc.assert(fc.asyncProperty(validImport, one, dryRun, async (tables, b, d) => {
      await broken('broken import, one break', { tables, ...b, dryRun: d });
    }), params(250));
    await checkInvariants(server);
  });

  it('several breaks at once: never a contract violation, a refusal changes nothing', async () => {
    const several = fc.record({
      breaks: fc.array(fc.oneof(...breaks), { minLength: 1, maxLength: 3 }),
      text: fc.array(fc.tuple(fc.oneof(...textBreaks), fc.nat(), fc.nat()), { maxLength: 2 }),
      files: fc.array(fc.oneof(...fileBreaks), { maxLength: 1 }),
    });
    await fc.assert(fc.asyncProperty(validImport, several, dryRun, async (tables, b, d) => {
      await broken('broken import, several breaks', { tables, ...b, dryRun: d });
    }), params(100));
    await checkInvariants(server);
  });

  it('wrong types and hostile values in the request itself', async () => {
    const content = fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.constant({}), fc.constant([]), fc.boolean());
    const name = fc.oneof(fc.constantFrom('actors.csv', 'areas.csv', 'memberships.csv'), hostileString, fc.integer(), fc.constant(null));
    const files = fc.oneof(
      { weight: 6, arbitrary: fc.array(fc.record({ name, content }, { requiredKeys: [] }), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'actors.csv', {}, 42, [[]], [null]) },
      { weight: 1, arbitrary: fc.integer({ min: 21, max: 200 }).map((n) => Array.from({ length: n }, () => ({ name: 'topics.csv', content: 'name\n' }))) },
    );
    await fc.assert(fc.asyncProperty(files, fc.constantFrom<unknown>(false, true, undefined, 'yes', 1, null), async (f, dryRun) => {
      property('hostile importData variables');
      await runImport(f, dryRun);
    }), params(200));
    await checkInvariants(server);
  });

  it('limits: a file over 10 MB, more than 50,000 rows, a 12 MB request', async () => {
    property('size limits');
    const big = await runImport([{ name: 'topics.csv', content: `name,description\n${`x,${'y'.repeat(1000)}\n`.repeat(10_600)}` }], false);
    expect(big.report?.errors.map((e) => e.code)).toEqual(['TOO_LARGE']);
    property('size limits');
    const rows = await runImport([{ name: 'topics.csv', content: `name\n${'t\n'.repeat(50_001)}` }], false);
    expect(rows.report?.errors.map((e) => e.code)).toEqual(['TOO_LARGE']);
    property('size limits');
    const body = await runImport([{ name: 'topics.csv', content: 'x'.repeat(13 * 1024 * 1024) }], false);
    expect(body.answer.status).toBe(413);
    property('size limits');
    // Many valid rows pointing at each other in one import: a chain of 1,000 actors, each part of the one before.
    const chain = ['id,name,kind,sector,level,partOf', ...Array.from({ length: 1000 }, (_, i) => `fz-chain-${i},Kedja ${i},SCHOOL,MUNICIPAL,LOCAL,${i ? `fz-chain-${i - 1}` : ''}`)].join('\n');
    const applied = await runImport([{ name: 'actors.csv', content: chain }], false);
    expect(applied.report?.status).toBe('APPLIED');
    await checkInvariants(server);
  });
});

// ─── Bugs found by this fuzzing: skipped until fixed ──────────────────────────

describe('known bugs (skipped until fixed)', () => {
  // Fixed: the importer accepts dates that match YYYY-MM-DD but do not exist (2024-02-30,
  // 2023-02-29, 2024-04-31): the model's check is `!Number.isNaN(Date.parse(s))`
  // (src/domain/model.ts localDate), and V8 parses "2024-02-30" as 1 March. The record is stored,
  // and every read of the field then fails with INTERNAL, because the LocalDate scalar refuses to
  // serialise it: importData(actors.csv "id,name,kind,sector,level,lastVerifiedAt\nfz-date,Fuzz,
  // SCHOOL,MUNICIPAL,LOCAL,2024-02-30") → APPLIED; then { actor(id: "fz-date") { lastVerifiedAt } }
  // → {"errors":[{"message":"Internal error…","path":["actor","lastVerifiedAt"],"extensions":{"code":"INTERNAL"}}]}.
  // The same holds for networks.endsOn and memberships.since/until, and for the links an imported
  // row writes (they take the row's lastVerifiedAt).
  it('regression: an impossible date in a CSV is refused, not stored to fail every read', async () => {
    for (const [i, day] of ['2024-02-30', '2023-02-29', '2024-04-31'].entries()) {
      property('known bugs');
      const { report } = await runImport([{ name: 'actors.csv', content: `id,name,kind,sector,level,lastVerifiedAt\nfz-date-${i},Fuzz,SCHOOL,MUNICIPAL,LOCAL,${day}\n` }], false);
      expect(report?.status).toBe('REJECTED');
    }
    await checkInvariants(server);
  });

  // Fixed: a relationship row may take the id of a node ("Ids are unique across all files",
  // seed/README.md): memberships.csv "id,actor,network\nfz-ifo,fz-polis,fz-net-lokal" is APPLIED,
  // and the map then has a node and an edge both called fz-ifo.
  it('regression: a relationship row cannot take the id of a node', async () => {
    property('known bugs');
    const { report } = await runImport([{ name: 'memberships.csv', content: 'id,actor,network\nfz-ifo,fz-polis,fz-net-lokal\n' }], false);
    expect(report?.status).toBe('REJECTED');
    await checkInvariants(server);
  });

  // Fixed (was a denial of service): import errors are unbounded. Every header cell that is not
  // a template column is one UNKNOWN_COLUMN error (src/import/csv-import.ts readRows), so a file of
  // nothing but commas yields one error per comma: importData(files: [{name: "actors.csv",
  // content: ",".repeat(N)}]) answers 0.3 MB for N = 1,000, 28 MB in 1.1 s for N = 100,000,
  // 113 MB in 3.5 s for N = 400,000 (a 400 kB request), and for N = 2,000,000 (a 2 MB request,
  // a fifth of the 10 MB file limit) the server spends 18 s, grows to 3 GB RSS and answers
  // HTTP 500 INTERNAL. Row errors are unbounded the same way (up to 50,000 rows × every column).
  it('regression: a header of 100,000 empty columns gets a short answer', async () => {
    property('known bugs');
    const { answer, report } = await runImport([{ name: 'actors.csv', content: ','.repeat(100_000) }], false);
    expect(report?.status).toBe('REJECTED');
    expect(answer.text.length).toBeLessThan(10_000);
  });
});
