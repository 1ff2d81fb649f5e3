MATCH ()-[r:WITHIN {id: $id}]->()
DELETE r
