// Test support only: empties a disposable database before each contract test on Neo4j.
MATCH (n)
DETACH DELETE n
