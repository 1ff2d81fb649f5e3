MATCH ()-[r:WORKS_ON {id: $id}]->()
DELETE r
