// Restore from a backup into an empty database: the record as it was stored, with its own
// version and timestamps (CREATE: a second record with the same id fails the restore).
CREATE (n:Actor {id: $id})
SET n.version = $version,
    n.createdAt = $createdAt,
    n.updatedAt = $updatedAt,
    n.lastVerifiedAt = $lastVerifiedAt,
    n.source = $source,
    n.name = $name,
    n.kind = $kind,
    n.sector = $sector,
    n.level = $level,
    n.description = $description,
    n.firstLine = $firstLine,
    n.preventionLevels = $preventionLevels,
    n.supportPhases = $supportPhases,
    n.targetGroups = $targetGroups,
    n.languages = $languages,
    n.phone = $phone,
    n.website = $website,
    n.email = $email,
    n.personDependent = $personDependent
RETURN n.version AS version
