// The bulk form of relationships/convenes-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:CONVENES {id: id}]->()
DELETE r
