// The bulk form of nodes/network-delete.cypher.
UNWIND $ids AS id
MATCH (n:Network {id: id})
DETACH DELETE n
