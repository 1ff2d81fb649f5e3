import type { GraphQLFailureKind } from '../api/graphqlRequest';
import type { NodeType, RelationshipType } from '../api/schemaTypes';

/**
 * Every string the UI shows, one shape for every language: a language module that lacks a key,
 * has an extra one or misses a node or relationship type does not compile.
 * Placeholders use i18next's `{{name}}` syntax so the later move to i18next keeps the strings.
 */
export interface Messages {
  /** BCP 47 tag for numbers and sorting. */
  locale: string;
  appName: string;
  tagline: string;
  skipToContent: string;
  nav: {
    label: string;
    graphiql: string;
    map: string;
    gaps: string;
    duplicates: string;
    chains: string;
    overview: string;
    accounts: string;
    import: string;
    presentations: string;
    report: string;
    signOut: string;
  };
  language: {
    /** The label of the language switch. */
    label: string;
    sv: string;
    en: string;
  };
  overview: {
    heading: string;
    /** `{{version}}` */
    graphVersion: string;
    nodesHeading: string;
    relationshipsHeading: string;
  };
  municipalities: {
    heading: string;
    caption: string;
    name: string;
    actors: string;
    networks: string;
    none: string;
  };
  status: {
    loading: string;
    errorTitle: string;
    errorHelp: string;
    /** `{{detail}}` */
    errorDetail: string;
    errorKinds: Record<GraphQLFailureKind, string>;
    retry: string;
    emptyTitle: string;
    emptyHelp: string;
  };
  nodeTypes: Record<NodeType, string>;
  relationshipTypes: Record<RelationshipType, string>;
}
