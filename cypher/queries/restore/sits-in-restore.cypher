// Restore from a backup into an empty database: the relationship as it was stored, with its own
// version and timestamps. No row comes back when an end is missing.
MATCH (a:Person {id: $from})
MATCH (b:Network {id: $to})
CREATE (a)-[r:SITS_IN {id: $id}]->(b)
SET r.version = $version,
    r.createdAt = $createdAt,
    r.updatedAt = $updatedAt,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source,
    r.role = $role
RETURN r.version AS version
