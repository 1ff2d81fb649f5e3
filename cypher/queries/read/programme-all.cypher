MATCH (n:Programme)
RETURN n
