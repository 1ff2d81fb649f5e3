MATCH (r:AuxRecord)
WHERE r.kind = $kind AND r.createdAt < $before
RETURN r.id AS id, r.kind AS kind, r.key AS key, r.json AS json, r.createdAt AS createdAt
ORDER BY r.createdAt DESC, r.id DESC
LIMIT $limit
