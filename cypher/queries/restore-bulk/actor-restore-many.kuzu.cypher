// Kuzu only: as actor-restore-many, with the list columns CAST (Kuzu types rows from their
// values; see bulk/actor-upsert-many.kuzu.cypher).
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
    n.preventionLevels = CAST(row.preventionLevels AS STRING[]),
    n.supportPhases = CAST(row.supportPhases AS STRING[]),
    n.targetGroups = CAST(row.targetGroups AS STRING[]),
    n.languages = CAST(row.languages AS STRING[]),
    n.phone = row.phone,
    n.website = row.website,
    n.email = row.email,
    n.personDependent = row.personDependent
RETURN n.id AS id
