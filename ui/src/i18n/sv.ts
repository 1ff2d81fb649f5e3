import type { Messages } from './messages';

export const sv = {
  locale: 'sv-SE',
  appName: 'Aktörskartan',
  tagline:
    'En gemensam karta över aktörer, nätverk och hänvisningsvägar i arbetet mot hedersrelaterat våld och förtryck – så att ni ser helheten och luckorna.',
  skipToContent: 'Hoppa till innehållet',
  nav: {
    label: 'Genvägar',
    graphiql: 'Utforska API:t (GraphiQL)',
  },
  overview: {
    heading: 'Kartan i siffror',
    graphVersion: 'Kartversion {{version}}',
    nodesHeading: 'Vad kartan innehåller',
    relationshipsHeading: 'Hur det hänger ihop',
  },
  municipalities: {
    heading: 'Kommuner',
    caption: 'Aktörer och nätverk per kommun. Aktörer räknas även när de finns i ett område inom kommunen.',
    name: 'Kommun',
    actors: 'Aktörer',
    networks: 'Nätverk',
    none: 'Kartan har inga kommuner ännu.',
  },
  status: {
    loading: 'Hämtar kartan …',
    errorTitle: 'Kunde inte hämta kartan',
    errorHelp: 'Kontrollera att servern är igång och ladda om sidan.',
    errorDetail: 'Tekniskt fel: {{detail}}',
    errorKinds: {
      network: 'Servern svarade inte.',
      http: 'Servern svarade med ett fel.',
      graphql: 'Servern kunde inte besvara frågan.',
      'invalid-response': 'Servern skickade ett svar som inte gick att läsa.',
    },
    retry: 'Försök igen',
    emptyTitle: 'Kartan är tom',
    emptyHelp:
      'Kartan är tom – importera data med CSV-mallen (se seed/README.md) genom mutationen importData, till exempel i GraphiQL.',
  },
  nodeTypes: {
    ACTOR: 'Aktörer',
    NETWORK: 'Nätverk',
    PERSON: 'Personer',
    AREA: 'Områden',
    TOPIC: 'Ämnen',
    ROUTINE: 'Rutiner',
    PROGRAMME: 'Program',
  },
  relationshipTypes: {
    MEMBER_OF: 'Medlemskap',
    SITS_IN: 'Platser i nätverk',
    REPRESENTS: 'Företrädarskap',
    CONVENES: 'Sammankallare',
    REFERS_TO: 'Hänvisningsvägar',
    PART_OF: 'Organisatorisk tillhörighet',
    LOCATED_IN: 'Placeringar i områden',
    WITHIN: 'Områden inom områden',
    ADDRESSES: 'Nätverkens ämnen',
    WORKS_ON: 'Aktörernas ämnen',
    OFFERS: 'Erbjudna program',
    HAS_ROUTINE: 'Aktörernas rutiner',
    COVERS: 'Rutinernas ämnen',
  },
} satisfies Messages;
