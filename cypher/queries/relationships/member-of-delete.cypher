MATCH ()-[r:MEMBER_OF {id: $id}]->()
DELETE r
