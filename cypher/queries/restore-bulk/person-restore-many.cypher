// The bulk form of restore/person-restore.cypher: one statement for a list of records.
UNWIND $rows AS row
CREATE (n:Person {id: row.id})
SET n.version = row.version,
    n.createdAt = row.createdAt,
    n.updatedAt = row.updatedAt,
    n.lastVerifiedAt = row.lastVerifiedAt,
    n.source = row.source,
    n.pseudonym = row.pseudonym,
    n.note = row.note
RETURN n.id AS id
