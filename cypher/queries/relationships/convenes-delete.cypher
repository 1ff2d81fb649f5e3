MATCH ()-[r:CONVENES {id: $id}]->()
DELETE r
