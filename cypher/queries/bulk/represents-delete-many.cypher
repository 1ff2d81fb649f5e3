// The bulk form of relationships/represents-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:REPRESENTS {id: id}]->()
DELETE r
