MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MERGE (a)-[r:REFERS_TO {id: $id}]->(b)
ON CREATE SET r.version = 1, r.createdAt = $now
ON MATCH SET r.version = r.version + 1
SET r.updatedAt = $now,
    r.lastVerifiedAt = $lastVerifiedAt,
    r.source = $source,
    r.trigger = $trigger,
    r.kind = $kind,
    r.status = $status,
    r.phase = $phase,
    r.routineId = $routineId,
    r.description = $description
RETURN r.version AS version
