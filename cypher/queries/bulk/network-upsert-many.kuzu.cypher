// Kuzu only: Kuzu types a parameter from its values, and rows whose `formal` is null in every row
// arrive as STRING, not BOOL; CAST (which Neo4j lacks) says the type. Else as network-upsert-many.
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
    n.formal = CAST(row.formal AS BOOL),
    n.purpose = row.purpose,
    n.meetingRhythm = row.meetingRhythm,
    n.timeLimited = CAST(row.timeLimited AS BOOL),
    n.endsOn = row.endsOn,
    n.description = row.description
RETURN n.id AS id, n.version AS version
