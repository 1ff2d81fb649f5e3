MATCH ()-[r:REFERS_TO {id: $id}]->()
DELETE r
