MATCH (m:Meta {id: $id})
RETURN m.graphVersion AS graphVersion
