MATCH (n:Area)
RETURN n
