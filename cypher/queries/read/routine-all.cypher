MATCH (n:Routine)
RETURN n
