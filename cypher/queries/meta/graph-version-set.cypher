// A group of batches in one transaction: the first bumped the version (taking the lock); this sets it to the last one's.
MATCH (m:Meta {id: $id})
SET m.graphVersion = $graphVersion
RETURN m.graphVersion AS graphVersion
