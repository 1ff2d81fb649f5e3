MERGE (n:Actor {id: $id})
ON CREATE SET n.version = 1, n.createdAt = $now
ON MATCH SET n.version = n.version + 1
SET n.updatedAt = $now,
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
