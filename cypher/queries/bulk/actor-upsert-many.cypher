// The bulk form of nodes/actor-upsert.cypher: one statement for a list of records (imports).
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
    n.preventionLevels = row.preventionLevels,
    n.supportPhases = row.supportPhases,
    n.targetGroups = row.targetGroups,
    n.languages = row.languages,
    n.phone = row.phone,
    n.website = row.website,
    n.email = row.email,
    n.personDependent = row.personDependent
RETURN n.id AS id, n.version AS version
