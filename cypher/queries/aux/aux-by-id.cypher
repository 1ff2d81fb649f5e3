MATCH (r:AuxRecord {id: $id})
RETURN r.id AS id, r.kind AS kind, r.key AS key, r.json AS json, r.createdAt AS createdAt
