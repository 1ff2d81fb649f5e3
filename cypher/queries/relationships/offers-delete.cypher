MATCH ()-[r:OFFERS {id: $id}]->()
DELETE r
