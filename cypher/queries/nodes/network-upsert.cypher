MERGE (n:Network {id: $id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
    n.lastVerifiedAt = $lastVerifiedAt,
    n.source = $source,
    n.name = $name,
    n.kind = $kind,
    n.level = $level,
    n.status = $status,
    n.formal = $formal,
    n.purpose = $purpose,
    n.meetingRhythm = $meetingRhythm,
    n.timeLimited = $timeLimited,
    n.endsOn = $endsOn,
    n.description = $description
RETURN n.version AS version
