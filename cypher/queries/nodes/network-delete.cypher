MATCH (n:Network {id: $id})
DETACH DELETE n
