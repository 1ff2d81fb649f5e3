MATCH (a:Actor {id: $from})
MATCH (b:Network {id: $to})
MERGE (a)-[r:MEMBER_OF {id: $id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source,
    r.role = $role,
    r.since = $since,
    r.until = $until
RETURN r.version AS version
