/** The export strings (namespace "export"): Swedish first, English of the same shape. */
export const sv = {
  mapLabel: 'Ladda ner det som visas',
  findingsLabel: 'Ladda ner bristerna',
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV-filer',
  graphml: 'GraphML',
  gexf: 'GEXF (Gephi)',
  mapHelp: 'Excel och CSV följer importmallen och kan importeras tillbaka oförändrade. GraphML och GEXF öppnas i Gephi, yEd och networkx.',
  failed: 'Det gick inte att ladda ner: {{detail}}',
};
export const en: typeof sv = {
  mapLabel: 'Download what is shown',
  findingsLabel: 'Download the findings',
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV files',
  graphml: 'GraphML',
  gexf: 'GEXF (Gephi)',
  mapHelp: 'Excel and CSV follow the import template and import back unchanged. GraphML and GEXF open in Gephi, yEd and networkx.',
  failed: 'The download failed: {{detail}}',
};
