MATCH (n:Area {id: $id})
DETACH DELETE n
