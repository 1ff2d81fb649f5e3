MATCH ()-[r:HAS_ROUTINE {id: $id}]->()
DELETE r
