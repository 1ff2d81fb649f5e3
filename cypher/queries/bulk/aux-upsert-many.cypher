// The records beside the map that a group of batches writes (audit events, change-feed entries), in one statement.
UNWIND $rows AS row
MERGE (r:AuxRecord {id: row.id})
ON CREATE SET r.createdAt = row.createdAt
SET r.kind = row.kind,
    r.key = row.key,
    r.json = row.json
RETURN r.id AS id
