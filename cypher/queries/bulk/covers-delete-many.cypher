// The bulk form of relationships/covers-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:COVERS {id: id}]->()
DELETE r
