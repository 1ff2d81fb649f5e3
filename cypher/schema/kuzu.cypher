// Kuzu DDL (not Neo4j Cypher): every table is declared up front; ids are primary keys.
// Run statement by statement at start-up; IF NOT EXISTS makes it safe to re-run.
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, kind STRING, sector STRING, level STRING, description STRING, firstLine BOOLEAN, preventionLevels STRING[], supportPhases STRING[], targetGroups STRING[], languages STRING[], phone STRING, website STRING, email STRING, personDependent BOOLEAN, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Network(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, kind STRING, level STRING, status STRING, formal BOOLEAN, purpose STRING, meetingRhythm STRING, timeLimited BOOLEAN, endsOn STRING, description STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Person(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, pseudonym STRING, note STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Area(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, type STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Topic(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, description STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Routine(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, kind STRING, status STRING, description STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Programme(id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, name STRING, description STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Meta(id STRING, graphVersion INT64, PRIMARY KEY (id));
// Records beside the map: accounts, API tokens, the audit log (kind says which; json holds the rest).
CREATE NODE TABLE IF NOT EXISTS AuxRecord(id STRING, kind STRING, key STRING, json STRING, createdAt STRING, PRIMARY KEY (id));
CREATE REL TABLE IF NOT EXISTS MEMBER_OF(FROM Actor TO Network, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, role STRING, since STRING, until STRING);
CREATE REL TABLE IF NOT EXISTS SITS_IN(FROM Person TO Network, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS REPRESENTS(FROM Person TO Actor, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS CONVENES(FROM Actor TO Network, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS REFERS_TO(FROM Actor TO Actor, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING, trigger STRING, kind STRING, status STRING, phase STRING, routineId STRING, description STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Actor TO Actor, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS LOCATED_IN(FROM Actor TO Area, FROM Network TO Area, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS WITHIN(FROM Area TO Area, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS ADDRESSES(FROM Network TO Topic, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS WORKS_ON(FROM Actor TO Topic, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS OFFERS(FROM Actor TO Programme, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS HAS_ROUTINE(FROM Actor TO Routine, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS COVERS(FROM Routine TO Topic, id STRING, version INT64, createdAt STRING, updatedAt STRING, lastVerifiedAt STRING, source STRING);
