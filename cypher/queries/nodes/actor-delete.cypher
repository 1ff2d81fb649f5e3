MATCH (n:Actor {id: $id})
DETACH DELETE n
