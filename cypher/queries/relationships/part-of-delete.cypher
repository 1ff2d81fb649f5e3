MATCH ()-[r:PART_OF {id: $id}]->()
DELETE r
