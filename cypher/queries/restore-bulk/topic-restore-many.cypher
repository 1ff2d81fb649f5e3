// The bulk form of restore/topic-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
CREATE (n:Topic {id: row.id})
SET n.version = row.version,
    n.createdAt = row.createdAt,
    n.updatedAt = row.updatedAt,
    n.lastVerifiedAt = row.lastVerifiedAt,
    n.source = row.source,
    n.name = row.name,
    n.description = row.description
RETURN n.id AS id
