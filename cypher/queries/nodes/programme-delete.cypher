MATCH (n:Programme {id: $id})
DETACH DELETE n
