// Kuzu only: a Kuzu table has a fixed set of columns, so a database made by an earlier version
// (./data) lacks the columns added since; Neo4j needs nothing, a new property simply appears.
// Each statement is idempotent (IF NOT EXISTS) and runs at every start, after kuzu.cypher.
ALTER TABLE Actor ADD IF NOT EXISTS phone STRING DEFAULT NULL;
ALTER TABLE Actor ADD IF NOT EXISTS website STRING DEFAULT NULL;
ALTER TABLE Actor ADD IF NOT EXISTS email STRING DEFAULT NULL;
ALTER TABLE Actor ADD IF NOT EXISTS personDependent BOOLEAN DEFAULT NULL;
