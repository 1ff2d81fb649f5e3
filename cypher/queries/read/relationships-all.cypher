MATCH (a)-[r]->(b)
RETURN r, a.id AS from, b.id AS to
