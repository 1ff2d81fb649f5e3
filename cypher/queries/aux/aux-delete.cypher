MATCH (r:AuxRecord {id: $id})
DELETE r
