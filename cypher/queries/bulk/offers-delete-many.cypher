// The bulk form of relationships/offers-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:OFFERS {id: id}]->()
DELETE r
