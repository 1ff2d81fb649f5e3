// The bulk form of relationships/member-of-delete.cypher.
UNWIND $ids AS id
MATCH ()-[r:MEMBER_OF {id: id}]->()
DELETE r
