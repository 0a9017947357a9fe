-- The source codes an import skipped (they map to no NIBRS offense), with how many rows each, for the job's page.
alter table analysis.import_job add column skipped_codes jsonb not null default '{}';
