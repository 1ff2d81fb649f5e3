// The bulk form of nodes/topic-upsert.cypher: one statement for a list of records (imports).
UNWIND $rows AS row
MERGE (n:Topic {id: row.id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
    n.lastVerifiedAt = row.lastVerifiedAt,
    n.source = row.source,
    n.name = row.name,
    n.description = row.description
RETURN n.id AS id, n.version AS version
