MATCH ()-[r:COVERS {id: $id}]->()
DELETE r
