// Kuzu only: Kuzu types a list parameter from its values, and a list of rows whose lists are all
// empty arrives as STRING, not STRING[]; CAST (which Neo4j lacks) says the type. Else as actor-upsert-many.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
    n.lastVerifiedAt = row.lastVerifiedAt,
    n.source = row.source,
    n.name = row.name,
    n.kind = row.kind,
    n.sector = row.sector,
    n.level = row.level,
    n.description = row.description,
    n.firstLine = row.firstLine,
    n.preventionLevels = CAST(row.preventionLevels AS STRING[]),
    n.supportPhases = CAST(row.supportPhases AS STRING[]),
    n.targetGroups = CAST(row.targetGroups AS STRING[]),
    n.languages = CAST(row.languages AS STRING[]),
    n.phone = row.phone,
    n.website = row.website,
    n.email = row.email,
    n.personDependent = row.personDependent
RETURN n.id AS id, n.version AS version
