// The bulk form of restore/member-of-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Network {id: row.to})
CREATE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.version = row.version,
    r.createdAt = row.createdAt,
    r.updatedAt = row.updatedAt,
    r.lastVerifiedAt = row.lastVerifiedAt,
    r.source = row.source,
    r.role = row.role,
    r.since = row.since,
    r.until = row.until
RETURN r.id AS id
