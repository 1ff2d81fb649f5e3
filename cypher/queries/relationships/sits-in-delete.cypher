MATCH ()-[r:SITS_IN {id: $id}]->()
DELETE r
