// The bulk form of relationships/located-in-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:LOCATED_IN {id: id}]->()
DELETE r
