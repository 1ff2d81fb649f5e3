MATCH ()-[r:LOCATED_IN {id: $id}]->()
DELETE r
