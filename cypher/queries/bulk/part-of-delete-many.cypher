// The bulk form of relationships/part-of-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:PART_OF {id: id}]->()
DELETE r
