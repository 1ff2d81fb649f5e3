// Restore from a backup: carries the backup's graph version over when it is ahead of the database's.
MATCH (m:Meta {id: $id})
SET m.graphVersion = $graphVersion
RETURN m.graphVersion AS graphVersion
