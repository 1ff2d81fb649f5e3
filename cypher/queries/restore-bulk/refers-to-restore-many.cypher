// The bulk form of restore/refers-to-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:REFERS_TO {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.trigger = row.trigger,
    r.kind = row.kind,
    r.status = row.status,
    r.phase = row.phase,
    r.routineId = row.routineId,
    r.description = row.description
RETURN r.id AS id
