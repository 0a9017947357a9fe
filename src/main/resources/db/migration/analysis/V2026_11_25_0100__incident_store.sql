-- Every incident analysis counts, once: from records' approved reports, from intake's service requests, or
-- imported from another system. The source and its external id identify an incident, so that a change or a
-- re-import updates the row instead of adding a second one.
create table analysis.incident (
    id                bigint generated always as identity primary key,
    source            varchar(16)      not null check (source in ('RECORDS', 'INTAKE', 'IMPORT')),
    external_id       varchar(120)     not null,
    offense           varchar(3)       not null,
    occurred_at       timestamptz      not null,
    latitude          double precision,
    longitude         double precision,
    -- Never the exact address: "1200 BLOCK MAIN ST" or an intersection.
    block_address     varchar(200),
    beat_code         varchar(20),
    jurisdiction_code varchar(20),
    -- The hexagon of the hotspot grid the point lies in (see HexagonGrid), null without a point.
    hex_cell          bigint,
    -- Offenses the public never sees (sex offenses, juvenile, domestic).
    sensitive         boolean          not null default false,
    updated_at        timestamptz      not null default now(),
    constraint incident_source_external_id unique (source, external_id),
    constraint incident_point_whole check ((latitude is null) = (longitude is null))
);

-- The dashboard counts by period first and by offense, beat, jurisdiction or cell second; the map groups by cell.
-- Both indexes carry what those counts read, so that the counts are answered from the index alone.
create index incident_occurred_at on analysis.incident (occurred_at)
    include (offense, beat_code, jurisdiction_code, hex_cell, sensitive);
create index incident_offense_occurred_at on analysis.incident (offense, occurred_at)
    include (beat_code, jurisdiction_code, hex_cell, sensitive);

-- An import run from the staff page: its progress is polled, possibly through another node.
create table analysis.import_job (
    id          uuid         primary key,
    format      varchar(20)  not null,
    file_name   varchar(200) not null,
    started_by  varchar(100) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    total_lines integer      not null default 0,
    done_lines  integer      not null default 0,
    imported    integer      not null default 0,
    skipped     integer      not null default 0,
    rejected    jsonb        not null default '[]',
    failed      boolean      not null default false
);
