// The bulk form of nodes/topic-delete.cypher.
UNWIND $ids AS id
MATCH (n:Topic {id: id})
DETACH DELETE n
