/**
 * Governing documents that are in force but out of date: a routine, plan or guideline a source
 * says needs revising (status OUTDATED). It still backs a handover today, so it is a small gap,
 * recorded from the source, not a missing routine.
 */
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { makeFinding, type RawFinding } from './finding.js';
import { listEn, listSv } from './text.js';

export function outdatedDocumentFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const document of snapshot.all('Routine')) {
    if (document.status !== 'OUTDATED') continue;
    const owners = snapshot.sources(document.id, 'HAS_ROUTINE', 'Actor');
    const decision = document.kind === 'DECISION';
    const who = owners.length ? { sv: `${listSv(owners.map((o) => o.name))}: `, en: `${listEn(owners.map((o) => o.name))}: ` } : { sv: '', en: '' };
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.routine-outdated', severity: 'LOW', evidence: 'RECORDED',
      concept: decision ? 'BESLUT' : 'RUTINER', frame: decision ? 'DECISION' : 'ROUTINES',
      nodes: [document.id, ...owners.map((o) => o.id)], reach: 1,
      severityReason: {
        sv: 'Dokumentet gäller fortfarande, men det som står i det stämmer inte längre helt med hur arbetet går till.',
        en: 'The document is still in force, but what it says no longer quite matches how the work is done.',
      },
      explanation: {
        sv: `${who.sv}”${document.name}” gäller men behöver revideras.`,
        en: `${who.en}"${document.name}" is in force but needs revising.`,
      },
      suggestion: {
        sv: 'Revidera dokumentet och låt ledningen anta det på nytt. Ge någon uppdraget att hålla det aktuellt, eller utgå från en mall som länet tar fram gemensamt.',
        en: 'Revise the document and have management adopt it again. Give someone the task of keeping it current, or start from a template the county draws up together.',
      },
    }));
  }
  return findings;
}
