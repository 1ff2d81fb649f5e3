MERGE (r:AuxRecord {id: $id})
ON CREATE SET r.createdAt = $createdAt
SET r.kind = $kind,
    r.key = $key,
    r.json = $json
RETURN r.id AS id
