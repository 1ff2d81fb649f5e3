MERGE (n:Person {id: $id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
    n.lastVerifiedAt = $lastVerifiedAt,
    n.source = $source,
    n.pseudonym = $pseudonym,
    n.note = $note
RETURN n.version AS version
