// The bulk form of relationships/sits-in-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:SITS_IN {id: id}]->()
DELETE r
