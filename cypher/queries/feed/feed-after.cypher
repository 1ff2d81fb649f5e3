// The change feed (docs/decisions/007-issue-9-change-feed.md): feed entries are AuxRecords of kind "feed" keyed by the
// zero-padded graph version they made, so ordering and "after" compare as strings on both engines.
MATCH (r:AuxRecord)
WHERE r.kind = $kind AND r.key > $after
RETURN r.id AS id, r.kind AS kind, r.key AS key, r.json AS json, r.createdAt AS createdAt
ORDER BY r.key
LIMIT $limit
