create schema if not exists intake;

-- Serials for the numbers people see. Sequences never hand out a number twice, across every application node;
-- a rolled-back submission leaves a gap, which is allowed.
create sequence intake.online_tracking_serial;
create sequence intake.phone_tracking_serial;
create sequence intake.open311_tracking_serial;
create sequence intake.report_number_serial;

-- A report or inquiry as it came in, by any channel.
create table intake.service_request (
    id                  bigserial primary key,
    tracking_number     varchar(20) not null unique,
    tracking_code_hash  char(64) not null,
    channel             varchar(10) not null,
    incident_type_code  varchar(40) not null,
    status              varchar(30) not null,
    priority            smallint not null,
    report_number       varchar(20) unique,
    assignee            varchar(64),
    description         text not null,
    occurred_from       timestamptz,
    occurred_to         timestamptz,
    address             varchar(300),
    latitude            double precision,
    longitude           double precision,
    beat_code           varchar(20),
    jurisdiction_code   varchar(20),
    answers             jsonb not null default '{}'::jsonb,
    reporter_name       varchar(200),
    reporter_email      varchar(320),
    reporter_phone      varchar(40),
    caller_phone        varchar(40),
    taken_by            varchar(64),
    idempotency_key     varchar(100) unique,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint service_request_period check (occurred_to is null or occurred_from is null or occurred_to >= occurred_from)
);
create index service_request_open_idx on intake.service_request (incident_type_code, created_at)
    where status in ('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED', 'APPROVED', 'ASSIGNED');
create index service_request_status_idx on intake.service_request (status, created_at);
create index service_request_location_idx on intake.service_request using gist (point(longitude, latitude))
    where latitude is not null;

-- People, vehicles and property named in a report.
create table intake.request_person (
    request_id  bigint not null references intake.service_request (id) on delete cascade,
    position    smallint not null,
    role        varchar(20) not null,
    name        varchar(200),
    description varchar(2000),
    primary key (request_id, position)
);

create table intake.request_vehicle (
    request_id  bigint not null references intake.service_request (id) on delete cascade,
    position    smallint not null,
    make        varchar(60),
    model       varchar(60),
    colour      varchar(40),
    plate       varchar(20),
    plate_state varchar(10),
    primary key (request_id, position)
);

create table intake.request_property (
    request_id  bigint not null references intake.service_request (id) on delete cascade,
    position    smallint not null,
    description varchar(500) not null,
    value_cents bigint,
    serial      varchar(100),
    primary key (request_id, position)
);

-- Every step of a report's life, never rewritten: the reporter's status page and the review's record.
create table intake.request_history (
    request_id   bigint not null references intake.service_request (id) on delete cascade,
    position     smallint not null,
    status       varchar(30) not null,
    at           timestamptz not null,
    actor        varchar(64),
    public_note  varchar(4000),
    private_note varchar(4000),
    primary key (request_id, position)
);
