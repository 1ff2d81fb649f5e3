// The bulk form of relationships/sits-in-upsert.cypher: one statement for a list of records (imports).
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Network {id: row.to})
MERGE (a)-[r:SITS_IN {id: row.id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.role = row.role
RETURN r.id AS id, r.version AS version
