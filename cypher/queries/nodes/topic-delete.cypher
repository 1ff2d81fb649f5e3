MATCH (n:Topic {id: $id})
DETACH DELETE n
