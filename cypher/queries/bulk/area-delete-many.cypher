// The bulk form of nodes/area-delete.cypher.
UNWIND $ids AS id
MATCH (n:Area {id: id})
DETACH DELETE n
