// Drops feed entries older than a process can still need; a process further behind reloads.
MATCH (r:AuxRecord)
WHERE r.kind = $kind AND r.key <= $upTo
DELETE r
