/**
 * The map's labels for the API's closed vocabularies, Swedish and English, under `vocab.<Enum>.<VALUE>`
 * in the "map" namespace. strings.test.ts checks that every value of every enum has a label.
 */
export const vocabularySv = {
  NodeType: { ACTOR: 'Aktör', NETWORK: 'Nätverk', PERSON: 'Person', AREA: 'Område', TOPIC: 'Ämne', ROUTINE: 'Rutin', PROGRAMME: 'Program' },
  RelationshipType: {
    MEMBER_OF: 'Medlem i nätverk', SITS_IN: 'Person sitter i nätverk', REPRESENTS: 'Person representerar aktör',
    CONVENES: 'Sammankallar nätverk', REFERS_TO: 'Hänvisningsväg', PART_OF: 'Del av organisation',
    LOCATED_IN: 'Ligger i område', WITHIN: 'Område inom område', ADDRESSES: 'Nätverk arbetar med ämne',
    WORKS_ON: 'Aktör arbetar med ämne', OFFERS: 'Erbjuder program', HAS_ROUTINE: 'Har rutin', COVERS: 'Rutin gäller ämne',
  },
  ActorKind: {
    MUNICIPALITY: 'Kommun', REGION: 'Region', STATE_AGENCY: 'Statlig myndighet', POLICE: 'Polisen',
    SOCIAL_SERVICES: 'Socialtjänst', OPEN_CARE: 'Öppenvård', PRESCHOOL: 'Förskola', SCHOOL: 'Skola',
    SCHOOL_HEALTH: 'Elevhälsa', LEISURE: 'Fritid', SFI: 'SFI', INTEGRATION: 'Integration', LIBRARY: 'Bibliotek',
    FAMILY_CENTRE: 'Familjecentral', CHILD_HEALTH: 'Barnhälsovård (BVC)', MATERNITY_HEALTH: 'Mödrahälsovård (MVC)',
    CHILD_PSYCHIATRY: 'Barn- och ungdomspsykiatri', HEALTH_CARE: 'Hälso- och sjukvård', PUBLIC_HEALTH: 'Folkhälsa',
    RESOURCE_CENTRE: 'Resurscentrum', COORDINATOR: 'Samordnare', CIVIL_SOCIETY: 'Civilsamhälle',
    FAITH_COMMUNITY: 'Trossamfund', PRIVATE_PROVIDER: 'Privat utförare', UNIVERSITY: 'Lärosäte', ARENA: 'Arena',
    TARGET_GROUP: 'Målgrupp', OTHER: 'Övrig verksamhet',
  },
  Sector: {
    MUNICIPAL: 'Kommunal', REGIONAL: 'Regional', JOINT: 'Kommun och region gemensamt', STATE: 'Statlig',
    CIVIL_SOCIETY: 'Civilsamhälle', PRIVATE: 'Privat', FAITH: 'Trossamfund', TARGET_GROUP: 'Målgrupp',
  },
  Level: { LOCAL: 'Lokal', REGIONAL: 'Regional', NATIONAL: 'Nationell' },
  ShapeFamily: {
    FIRST_LINE: 'Möter familjer (förskola, skola, fritid, SFI …)', SPECIALISED: 'Socialtjänst och specialiserat stöd',
    HEALTH: 'Hälso- och sjukvård', CIVIL: 'Civilsamhälle, trossamfund och privata',
    ORGANISATION: 'Organisationer och myndigheter', FUNCTION: 'Samordnare och målgrupper',
  },
  NetworkKind: {
    FORUM: 'Forum', NETWORK: 'Nätverk', TEAM: 'Team', STEERING_GROUP: 'Styrgrupp', WORKING_GROUP: 'Arbetsgrupp',
    REFERENCE_GROUP: 'Referensgrupp', COLLABORATION: 'Samverkan', INITIATIVE: 'Initiativ',
  },
  NetworkStatus: { ACTIVE: 'Aktivt', DORMANT: 'Vilande', PLANNED: 'Planerat', ENDED: 'Avslutat' },
  AreaType: { NATION: 'Land', COUNTY: 'Län', MUNICIPALITY: 'Kommun', DISTRICT: 'Stadsdel' },
  RoutineKind: {
    ROUTINE: 'Rutin', ACTION_PLAN: 'Handlingsplan', GUIDELINE: 'Riktlinje', AGREEMENT: 'Överenskommelse',
    DECISION: 'Beslut', TRAINING_PLAN: 'Utbildningsplan', INFORMATION: 'Informationsmaterial',
  },
  RoutineStatus: { ADOPTED: 'Antagen', DRAFT: 'Utkast', PARTIAL: 'Delvis', MISSING: 'Saknas', UNKNOWN: 'Okänd', OUTDATED: 'Behöver revideras' },
  MembershipRole: { CHAIR: 'Ordförande', MEMBER: 'Medlem', ADJUNCT: 'Adjungerad' },
  ReferralTrigger: {
    CONCERN_FOR_CHILD: 'Oro för barn', HRV_SUSPICION: 'Misstanke om hedersrelaterat våld',
    PARENTAL_SUPPORT_NEED: 'Behov av föräldraskapsstöd', REPORT_OF_CONCERN: 'Orosanmälan', VIOLENCE: 'Våld', OTHER: 'Annat',
  },
  ReferralKind: { STATUTORY: 'Lagstadgad', FORMAL: 'Formell, enligt rutin', INFORMAL: 'Informell' },
  ReferralStatus: { WORKING: 'Fungerar', PLANNED: 'Planerad', BROKEN: 'Bruten' },
  PreventionLevel: { UNIVERSAL: 'Universell', SELECTIVE: 'Selektiv', INDICATED: 'Indikerad' },
  SupportPhase: { ACUTE: 'Akut fas', MIDDLE: 'Mellanfas', LONG_TERM: 'Långsiktig fas' },
  Severity: { HIGH: 'Hög', MEDIUM: 'Medel', LOW: 'Låg' },
  FindingKind: {
    DUPLICATED_NETWORKS: 'Dubblerade nätverk', MISSING_REPRESENTATION: 'Saknad representation',
    UNCONNECTED_ACTOR: 'Oansluten aktör', BROKEN_CHAIN: 'Bruten eller saknad kedja', FRAGILITY: 'Sårbarhet',
    BROKER: 'Nav och mäklare', SUGGESTED_LINK: 'Föreslagen koppling', STALE_FACT: 'Inaktuell uppgift',
    COVERAGE_GAP: 'Täckningslucka',
  },
};

export const vocabularyEn: typeof vocabularySv = {
  NodeType: { ACTOR: 'Actor', NETWORK: 'Network', PERSON: 'Person', AREA: 'Area', TOPIC: 'Topic', ROUTINE: 'Routine', PROGRAMME: 'Programme' },
  RelationshipType: {
    MEMBER_OF: 'Member of network', SITS_IN: 'Person sits in network', REPRESENTS: 'Person represents actor',
    CONVENES: 'Convenes network', REFERS_TO: 'Referral route', PART_OF: 'Part of organisation',
    LOCATED_IN: 'Located in area', WITHIN: 'Area within area', ADDRESSES: 'Network addresses topic',
    WORKS_ON: 'Actor works on topic', OFFERS: 'Offers programme', HAS_ROUTINE: 'Has routine', COVERS: 'Routine covers topic',
  },
  ActorKind: {
    MUNICIPALITY: 'Municipality', REGION: 'Region', STATE_AGENCY: 'State agency', POLICE: 'Police',
    SOCIAL_SERVICES: 'Social services', OPEN_CARE: 'Open care', PRESCHOOL: 'Preschool', SCHOOL: 'School',
    SCHOOL_HEALTH: 'School health team', LEISURE: 'Leisure', SFI: 'Swedish for immigrants (SFI)', INTEGRATION: 'Integration',
    LIBRARY: 'Library', FAMILY_CENTRE: 'Family centre', CHILD_HEALTH: 'Child health care (BVC)',
    MATERNITY_HEALTH: 'Maternity care (MVC)', CHILD_PSYCHIATRY: 'Child and adolescent psychiatry', HEALTH_CARE: 'Health care',
    PUBLIC_HEALTH: 'Public health', RESOURCE_CENTRE: 'Resource centre', COORDINATOR: 'Coordinator',
    CIVIL_SOCIETY: 'Civil society', FAITH_COMMUNITY: 'Faith community', PRIVATE_PROVIDER: 'Private provider',
    UNIVERSITY: 'University', ARENA: 'Arena', TARGET_GROUP: 'Target group', OTHER: 'Other unit',
  },
  Sector: {
    MUNICIPAL: 'Municipal', REGIONAL: 'Regional', JOINT: 'Joint municipality and region', STATE: 'State',
    CIVIL_SOCIETY: 'Civil society', PRIVATE: 'Private', FAITH: 'Faith', TARGET_GROUP: 'Target group',
  },
  Level: { LOCAL: 'Local', REGIONAL: 'Regional', NATIONAL: 'National' },
  ShapeFamily: {
    FIRST_LINE: 'Meets families (preschool, school, leisure, SFI …)', SPECIALISED: 'Social services and specialised support',
    HEALTH: 'Health care', CIVIL: 'Civil society, faith and private',
    ORGANISATION: 'Organisations and agencies', FUNCTION: 'Coordinators and target groups',
  },
  NetworkKind: {
    FORUM: 'Forum', NETWORK: 'Network', TEAM: 'Team', STEERING_GROUP: 'Steering group', WORKING_GROUP: 'Working group',
    REFERENCE_GROUP: 'Reference group', COLLABORATION: 'Collaboration', INITIATIVE: 'Initiative',
  },
  NetworkStatus: { ACTIVE: 'Active', DORMANT: 'Dormant', PLANNED: 'Planned', ENDED: 'Ended' },
  AreaType: { NATION: 'Nation', COUNTY: 'County', MUNICIPALITY: 'Municipality', DISTRICT: 'District' },
  RoutineKind: {
    ROUTINE: 'Routine', ACTION_PLAN: 'Action plan', GUIDELINE: 'Guideline', AGREEMENT: 'Agreement',
    DECISION: 'Decision', TRAINING_PLAN: 'Training plan', INFORMATION: 'Information material',
  },
  RoutineStatus: { ADOPTED: 'Adopted', DRAFT: 'Draft', PARTIAL: 'Partial', MISSING: 'Missing', UNKNOWN: 'Unknown', OUTDATED: 'Needs revision' },
  MembershipRole: { CHAIR: 'Chair', MEMBER: 'Member', ADJUNCT: 'Adjunct' },
  ReferralTrigger: {
    CONCERN_FOR_CHILD: 'Concern for a child', HRV_SUSPICION: 'Suspected honour-related violence',
    PARENTAL_SUPPORT_NEED: 'Need for parental support', REPORT_OF_CONCERN: 'Report of concern', VIOLENCE: 'Violence', OTHER: 'Other',
  },
  ReferralKind: { STATUTORY: 'Statutory', FORMAL: 'Formal, by routine', INFORMAL: 'Informal' },
  ReferralStatus: { WORKING: 'Working', PLANNED: 'Planned', BROKEN: 'Broken' },
  PreventionLevel: { UNIVERSAL: 'Universal', SELECTIVE: 'Selective', INDICATED: 'Indicated' },
  SupportPhase: { ACUTE: 'Acute phase', MIDDLE: 'Middle phase', LONG_TERM: 'Long-term phase' },
  Severity: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  FindingKind: {
    DUPLICATED_NETWORKS: 'Duplicated networks', MISSING_REPRESENTATION: 'Missing representation',
    UNCONNECTED_ACTOR: 'Unconnected actor', BROKEN_CHAIN: 'Broken or missing chain', FRAGILITY: 'Fragility',
    BROKER: 'Hub or broker', SUGGESTED_LINK: 'Suggested link', STALE_FACT: 'Stale fact', COVERAGE_GAP: 'Coverage gap',
  },
};
