// The bulk form for relationships the batch creates (the planner found none with the id, and the
// graph version check means nobody made one since): CREATE, which Kuzu runs far faster than MERGE.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:REFERS_TO {id: row.id}]->(b)
SET r.version = 1,
    r.createdAt = $now,
    r.updatedAt = $now,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.trigger = row.trigger,
    r.kind = row.kind,
    r.status = row.status,
    r.phase = row.phase,
    r.routineId = row.routineId,
    r.description = row.description
RETURN r.id AS id, r.version AS version
