MERGE (m:Meta {id: $id})
ON CREATE SET m.graphVersion = 1
ON MATCH SET m.graphVersion = m.graphVersion + 1
RETURN m.graphVersion AS graphVersion
