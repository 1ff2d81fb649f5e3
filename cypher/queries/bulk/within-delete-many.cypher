// The bulk form of relationships/within-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:WITHIN {id: id}]->()
DELETE r
