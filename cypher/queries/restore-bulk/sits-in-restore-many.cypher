// The bulk form of restore/sits-in-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Network {id: row.to})
CREATE (a)-[r:SITS_IN {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.role = row.role
RETURN r.id AS id
