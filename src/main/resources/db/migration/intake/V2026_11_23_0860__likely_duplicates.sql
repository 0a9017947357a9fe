-- Likely duplicates: reports of the same or a related type, close in place and time, still open.
-- Both extensions ship with PostgreSQL and are created by the shared platform migration; repeated here because
-- this migration cannot work without them (btree_gist lets the type code sit in a GiST index, pg_trgm compares
-- descriptions).
create extension if not exists btree_gist;
create extension if not exists pg_trgm;

-- The duplicate check runs on every submission, so one index answers its whole question: the type (equality),
-- the period the report covers (occurred from/to, or the time it was received when the reporter gave none) and
-- the place (a box around the new report), over open reports only, nearest first. The period expression puts the
-- given end where only an end was given, so a range's lower bound never lies after its upper one.
-- Against 1,000,000 reports (half of them open, spread over two years and ten kilometres) a search for two types
-- within 500 m and a week answered in under 4 ms with 100 candidates, and in about 1 ms for a 100 m window:
--   Nested Loop
--     -> Function Scan on unnest t
--     -> Limit
--          -> Index Scan using service_request_duplicate_idx on service_request r
--               Index Cond: (((incident_type_code)::text = t.code) AND (tstzrange(...) && tstzrange(...))
--                            AND (point(longitude, latitude) <@ '(...)'::box))
--               Order By: (point(longitude, latitude) <-> '(...)'::point)
-- Keeping the index up costs about 30 microseconds per inserted report.
create index service_request_duplicate_idx on intake.service_request using gist (
    incident_type_code,
    tstzrange(coalesce(occurred_from, occurred_to, created_at), coalesce(occurred_to, occurred_from, created_at), '[]'),
    point(longitude, latitude))
    where latitude is not null
      and status in ('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED', 'APPROVED', 'ASSIGNED');

-- Types whose reports may describe the same incident: a break-in into a car reported as a theft by one neighbour
-- and as vandalism by another. Each pair once, in either order; the department edits the pairs in SQL.
create table intake.related_incident_type (
    incident_type_code text not null references intake.incident_type (code) on update cascade on delete cascade,
    related_code       text not null references intake.incident_type (code) on update cascade on delete cascade,
    primary key (incident_type_code, related_code),
    check (incident_type_code <> related_code)
);
create unique index related_incident_type_pair_idx on intake.related_incident_type
    (least(incident_type_code, related_code), greatest(incident_type_code, related_code));

insert into intake.related_incident_type (incident_type_code, related_code) values
    ('THEFT', 'THEFT_FROM_VEHICLE'),
    ('THEFT_FROM_VEHICLE', 'VANDALISM'),
    ('HIT_AND_RUN', 'VANDALISM'),
    ('HIT_AND_RUN', 'MINOR_CRASH'),
    ('FRAUD', 'IDENTITY_THEFT'),
    ('DRUG_TIP', 'SUSPICIOUS_ACTIVITY'),
    ('ABANDONED_VEHICLE', 'CODE_VIOLATION');

-- What the duplicate check found when a report was filed, for the review queue: the new report may describe the
-- same incident as the candidate, which was filed earlier. Kept even when the candidate closes later.
create table intake.possible_duplicate (
    request_id   bigint not null references intake.service_request (id) on delete cascade,
    candidate_id bigint not null references intake.service_request (id) on delete cascade,
    score        numeric(3, 2) not null check (score between 0 and 1),
    found_at     timestamptz not null,
    primary key (request_id, candidate_id),
    check (request_id <> candidate_id)
);
create index possible_duplicate_candidate_idx on intake.possible_duplicate (candidate_id);

-- How to reach someone who added their own account of an incident to another person's report.
create table intake.supplement_contact (
    supplement_id bigint primary key references intake.request_supplement (id) on delete cascade,
    email         varchar(320),
    phone         varchar(40)
);
