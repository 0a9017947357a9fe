-- The analysis module keeps its tables in a schema of its own, like every module.
create schema if not exists analysis;
