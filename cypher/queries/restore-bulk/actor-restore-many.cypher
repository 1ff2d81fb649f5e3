// The bulk form of restore/actor-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
CREATE (n:Actor {id: row.id})
SET n.version = row.version,
    n.createdAt = row.createdAt,
    n.updatedAt = row.updatedAt,
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
RETURN n.id AS id
