// The bulk form of nodes/person-delete.cypher.
UNWIND $ids AS id
MATCH (n:Person {id: id})
DETACH DELETE n
