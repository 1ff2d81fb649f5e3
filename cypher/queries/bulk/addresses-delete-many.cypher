// The bulk form of relationships/addresses-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:ADDRESSES {id: id}]->()
DELETE r
