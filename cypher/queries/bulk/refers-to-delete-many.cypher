// The bulk form of relationships/refers-to-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:REFERS_TO {id: id}]->()
DELETE r
