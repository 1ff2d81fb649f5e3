MATCH ()-[r:ADDRESSES {id: $id}]->()
DELETE r
