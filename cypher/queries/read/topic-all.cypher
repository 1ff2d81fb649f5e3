MATCH (n:Topic)
RETURN n
