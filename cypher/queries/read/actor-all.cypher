MATCH (n:Actor)
RETURN n
