// The bulk form for relationships the batch creates (the planner found none with the id, and the
// graph version check means nobody made one since): CREATE, which Kuzu runs far faster than MERGE.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:REPRESENTS {id: row.id}]->(b)
SET r.version = 1,
    r.createdAt = $now,
    r.updatedAt = $now,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source
RETURN r.id AS id, r.version AS version
