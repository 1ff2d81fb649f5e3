// The bulk form of restore/part-of-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:PART_OF {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source
RETURN r.id AS id
