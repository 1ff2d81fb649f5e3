MATCH (n:Routine {id: $id})
DETACH DELETE n
