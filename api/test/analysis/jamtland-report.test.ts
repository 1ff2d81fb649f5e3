/**
 * The gaps the 2024 Jämtland mapping states by hand are among the analysis's findings on the
 * demo map. Line numbers (Lnnn) are those of ../shared/seeds/jamtland-mapping-2024.txt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/analysis/types.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

interface F { id: string; kind: string; rule: string; severity: string; concept: string; subjects: { nodes: string[]; relationships: string[] }; sv: string; en: string; suggestionSv: string; suggestionEn: string }

let server: TestServer;
let findings: F[];
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  findings = ok(await server.gql(`{ analysis { findings { id kind rule severity concept subjects { nodes relationships }
    sv: explanation(lang: SV) en: explanation(lang: EN) suggestionSv: suggestion(lang: SV) suggestionEn: suggestion(lang: EN) } } }`)).analysis.findings;
});
afterAll(() => server.close());

const about = (rule: string, ...nodes: string[]) =>
  findings.filter((f) => f.rule.startsWith(rule) && nodes.every((n) => f.subjects.nodes.includes(n)));

describe('the analysis of the Jämtland demo map', () => {
  it('finds every kind, each explained and with a next step in Swedish and English', () => {
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    for (const f of findings) {
      for (const text of [f.sv, f.en, f.suggestionSv, f.suggestionEn]) expect(text.length, f.rule).toBeGreaterThan(20);
      expect(f.sv).not.toEqual(f.en);
    }
  });

  it('L702, L884: Strömsund and Åre are not represented in the county network for parental support — and Krokom is (L593)', () => {
    const county = 'net-lansnatverk-foraldraskapsstod';
    expect(about('representation.county-parental-support', county, 'stromsund')).toHaveLength(1);
    expect(about('representation.county-parental-support', county, 'are')).toHaveLength(1);
    expect(about('representation.county-parental-support', county, 'krokom')).toHaveLength(0);
    expect(about('representation.county-parental-support', county, 'stromsund')[0]!.severity).toBe('HIGH');
  });

  it('L254-258, L355-358, L746: municipalities without HRV routines or decisions', () => {
    expect(about('chain.routine-missing', 'berg-rutin-samverkan-hrv')).toHaveLength(1);
    expect(about('chain.routine-missing', 'berg-beslut-fs-hrv')).toHaveLength(1);
    expect(about('chain.routine-missing', 'bracke-rutin-hrv-barn')).toHaveLength(1);
    expect(about('chain.routine-missing', 'ragunda-ifo-rutin-hrv')).toHaveLength(1);
  });

  it('L562, L599: Krokom’s coordination hangs on a project funded to the end of 2024, and on one person', () => {
    const project = about('fragility.time-limited-project', 'krokom-net-styrgrupp-fs');
    expect(project).toHaveLength(1);
    expect(project[0]!.severity).toBe('HIGH');
    expect(project[0]!.en).toContain('ended on 2024-12-31');
    expect(about('fragility.person-bound', 'person-samordnare-fs-krokom')).toHaveLength(1);
  });

  it('L1276: Resurscentrum’s collaboration hangs on funding that runs only to 2027', () => {
    expect(about('fragility.time-limited-project', 'net-resurscentrum-samverkan')).toHaveLength(1);
  });

  it('L723, L740, L752: Ragunda’s school-to-social-services collaboration (Trampolinen) is paused — a broken route', () => {
    const broken = findings.filter((f) => f.rule === 'chain.broken-route' && f.subjects.relationships.includes('ref-ragunda-skola--ragunda-socialtjanst--barn'));
    expect(broken).toHaveLength(1);
  });

  it('L1280: the ViNR coordinators sit in the same county networks, which overlap as duplicates', () => {
    const pair = findings.filter((f) => f.kind === 'DUPLICATED_NETWORKS' &&
      f.subjects.nodes.includes('net-kontaktpersonsnatverk-vinr') && f.subjects.nodes.includes('net-samordnarnatverk-vinr'));
    expect(pair).toHaveLength(1);
  });

  it('L230, L433: parents of teenagers are not reached in several municipalities', () => {
    expect(findings.filter((f) => f.rule === 'coverage.target-group.parents-of-teenagers').length).toBeGreaterThanOrEqual(2);
  });

  it('L1304-1306: civil-society actors stand outside the collaboration', async () => {
    const snapshot = await server.service.snapshot();
    const outside = findings.filter((f) => f.kind === 'UNCONNECTED_ACTOR' && f.subjects.nodes.some((id) => {
      const actor = snapshot.nodeOf('Actor', id);
      return actor?.sector === 'CIVIL_SOCIETY' || actor?.sector === 'FAITH';
    }));
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((f) => f.severity !== 'LOW')).toBe(true);
  });

  it('gives the same ids on a second run of an unchanged map', async () => {
    const again = ok(await server.gql('{ analysis { findings { id } } }')).analysis.findings.map((f: { id: string }) => f.id);
    expect(again).toEqual(findings.map((f) => f.id));
  });
});
