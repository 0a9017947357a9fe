-- The reasons a reviewer may give for not accepting a report. Supervisors and administrators add to the list and
-- take reasons out of use; a reason is never deleted, so a decision always keeps the reason it was given.
create table intake.rejection_reason (
    code       varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    label_en   varchar(200) not null,
    label_es   varchar(200) not null,
    active     boolean not null default true,
    position   integer not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

insert into intake.rejection_reason (code, label_en, label_es, position)
values ('NOT_IN_JURISDICTION', 'Not in our jurisdiction', 'No corresponde a nuestra jurisdicción', 10),
       ('CIVIL_MATTER', 'Civil matter', 'Asunto civil', 20),
       ('DUPLICATE', 'Duplicate of another report', 'Duplicado de otro informe', 30),
       ('NO_CRIME_ELEMENTS', 'No elements of a crime', 'No hay elementos de delito', 40);

-- The language the reporter used, so that updates reach them in it; null sends them in English and Spanish.
alter table intake.service_request add column reporter_language varchar(10);

-- What a history step was: a change of status, or a step for staff only (a new priority, a report merged in), which
-- the reporter's status page leaves out. A priority change keeps the priority it set.
alter table intake.request_history add column kind varchar(30) not null default 'STATUS'
    check (kind in ('STATUS', 'STATISTICS_ONLY', 'PRIORITY_CHANGED', 'MERGED_IN'));
alter table intake.request_history add column priority smallint check (priority between 1 and 4);

-- The review queue: open reports, most urgent first, then oldest.
create index service_request_queue_idx on intake.service_request (priority, created_at, id)
    where status in ('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED', 'APPROVED', 'ASSIGNED');
