// The bulk form of restore/located-in-from-network-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Network {id: row.from})
MATCH (b:Area {id: row.to})
CREATE (a)-[r:LOCATED_IN {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source
RETURN r.id AS id
