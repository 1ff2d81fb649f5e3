// The bulk form of relationships/located-in-from-network-upsert.cypher: one statement for a list of records (imports).
UNWIND $rows AS row
MATCH (a:Network {id: row.from})
MATCH (b:Area {id: row.to})
MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source
RETURN r.id AS id, r.version AS version
