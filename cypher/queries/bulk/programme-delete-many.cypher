// The bulk form of nodes/programme-delete.cypher.
UNWIND $ids AS id
MATCH (n:Programme {id: id})
DETACH DELETE n
