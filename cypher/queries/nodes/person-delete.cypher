MATCH (n:Person {id: $id})
DETACH DELETE n
