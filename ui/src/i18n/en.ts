import type { Messages } from './messages';

export const en = {
  locale: 'en-GB',
  appName: 'Aktörskartan',
  tagline:
    'A shared map of the actors, networks and referral routes working against honour-related violence and oppression – so you see the whole and the gaps.',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Shortcuts',
    graphiql: 'Explore the API (GraphiQL)',
  },
  overview: {
    heading: 'The map in numbers',
    graphVersion: 'Map version {{version}}',
    nodesHeading: 'What the map holds',
    relationshipsHeading: 'How it connects',
  },
  municipalities: {
    heading: 'Municipalities',
    caption: 'Actors and networks per municipality. Actors count also when they are in an area within the municipality.',
    name: 'Municipality',
    actors: 'Actors',
    networks: 'Networks',
    none: 'The map has no municipalities yet.',
  },
  status: {
    loading: 'Loading the map …',
    errorTitle: 'Could not load the map',
    errorHelp: 'Check that the server is running and reload the page.',
    errorDetail: 'Technical error: {{detail}}',
    errorKinds: {
      network: 'The server did not answer.',
      http: 'The server answered with an error.',
      graphql: 'The server could not answer the query.',
      'invalid-response': 'The server sent a response that could not be read.',
    },
    retry: 'Try again',
    emptyTitle: 'The map is empty',
    emptyHelp:
      'The map is empty – import data with the CSV template (see seed/README.md) through the importData mutation, for example in GraphiQL.',
  },
  nodeTypes: {
    ACTOR: 'Actors',
    NETWORK: 'Networks',
    PERSON: 'Persons',
    AREA: 'Areas',
    TOPIC: 'Topics',
    ROUTINE: 'Routines',
    PROGRAMME: 'Programmes',
  },
  relationshipTypes: {
    MEMBER_OF: 'Memberships',
    SITS_IN: 'Network seats',
    REPRESENTS: 'Representations',
    CONVENES: 'Conveners',
    REFERS_TO: 'Referral routes',
    PART_OF: 'Units of organisations',
    LOCATED_IN: 'Locations in areas',
    WITHIN: 'Areas within areas',
    ADDRESSES: 'Network topics',
    WORKS_ON: 'Actor topics',
    OFFERS: 'Programmes offered',
    HAS_ROUTINE: 'Actor routines',
    COVERS: 'Routine topics',
  },
} satisfies Messages;
