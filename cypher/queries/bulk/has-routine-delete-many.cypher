// The bulk form of relationships/has-routine-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:HAS_ROUTINE {id: id}]->()
DELETE r
