// Restore from a backup into an empty database: the relationship as it was stored, with its own
// version and timestamps. No row comes back when an end is missing.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
CREATE (a)-[r:REFERS_TO {id: $id}]->(b)
SET r.version = $version,
    r.createdAt = $createdAt,
    r.updatedAt = $updatedAt,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source,
    r.trigger = $trigger,
    r.kind = $kind,
    r.status = $status,
    r.phase = $phase,
    r.routineId = $routineId,
    r.description = $description
RETURN r.version AS version
