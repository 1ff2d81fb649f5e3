MATCH ()-[r:REPRESENTS {id: $id}]->()
DELETE r
