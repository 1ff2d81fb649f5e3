// The bulk form of nodes/routine-delete.cypher.
UNWIND $ids AS id
MATCH (n:Routine {id: id})
DETACH DELETE n
