MATCH (n:Network)
RETURN n
