// The bulk form of relationships/refers-to-upsert.cypher: one statement for a list of records (imports).
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:REFERS_TO {id: row.id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.trigger = row.trigger,
    r.kind = row.kind,
    r.status = row.status,
    r.phase = row.phase,
    r.routineId = row.routineId,
    r.description = row.description
RETURN r.id AS id, r.version AS version
