// Kuzu only: as network-restore-many, with the boolean columns CAST (Kuzu types rows from their
// values; see bulk/network-upsert-many.kuzu.cypher).
UNWIND $rows AS row
CREATE (n:Network {id: row.id})
SET n.version = row.version,
    n.createdAt = row.createdAt,
    n.updatedAt = row.updatedAt,
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
RETURN n.id AS id
