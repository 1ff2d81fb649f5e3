// The bulk form of nodes/actor-delete.cypher.
UNWIND $ids AS id
MATCH (n:Actor {id: id})
DETACH DELETE n
