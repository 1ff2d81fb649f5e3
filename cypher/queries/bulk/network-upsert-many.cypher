// The bulk form of nodes/network-upsert.cypher: one statement for a list of records (imports).
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
    n.lastVerifiedAt = row.lastVerifiedAt,
    n.source = row.source,
    n.name = row.name,
    n.kind = row.kind,
    n.level = row.level,
    n.status = row.status,
    n.formal = row.formal,
    n.purpose = row.purpose,
    n.meetingRhythm = row.meetingRhythm,
    n.timeLimited = row.timeLimited,
    n.endsOn = row.endsOn,
    n.description = row.description
RETURN n.id AS id, n.version AS version
