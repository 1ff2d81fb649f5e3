// The bulk form of restore/offers-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Programme {id: row.to})
CREATE (a)-[r:OFFERS {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source
RETURN r.id AS id
