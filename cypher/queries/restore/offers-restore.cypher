// Restore from a backup into an empty database: the relationship as it was stored, with its own
// version and timestamps. No row comes back when an end is missing.
MATCH (a:Actor {id: $from})
MATCH (b:Programme {id: $to})
CREATE (a)-[r:OFFERS {id: $id}]->(b)
SET r.version = $version,
    r.createdAt = $createdAt,
    r.updatedAt = $updatedAt,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source
RETURN r.version AS version
