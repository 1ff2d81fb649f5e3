// The bulk form of relationships/works-on-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:WORKS_ON {id: id}]->()
DELETE r
