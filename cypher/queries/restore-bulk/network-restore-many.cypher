// The bulk form of restore/network-restore.cypher: one statement for a list of records.
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
    n.formal = row.formal,
    n.purpose = row.purpose,
    n.meetingRhythm = row.meetingRhythm,
    n.timeLimited = row.timeLimited,
    n.endsOn = row.endsOn,
    n.description = row.description
RETURN n.id AS id
