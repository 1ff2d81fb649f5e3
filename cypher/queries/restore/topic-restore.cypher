// Restore from a backup into an empty database: the record as it was stored, with its own
// version and timestamps (CREATE: a second record with the same id fails the restore).
CREATE (n:Topic {id: $id})
SET n.version = $version,
    n.createdAt = $createdAt,
    n.updatedAt = $updatedAt,
    n.lastVerifiedAt = $lastVerifiedAt,
    n.source = $source,
    n.name = $name,
    n.description = $description
RETURN n.version AS version
