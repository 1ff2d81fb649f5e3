MATCH (a:Area {id: $from})
MATCH (b:Area {id: $to})
MERGE (a)-[r:WITHIN {id: $id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source
RETURN r.version AS version
