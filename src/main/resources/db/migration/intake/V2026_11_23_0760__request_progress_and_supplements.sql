-- When a report's first review is due (receipt plus its type's review target): the queue's overdue filter.
alter table intake.service_request add column review_due_at timestamptz;
update intake.service_request set review_due_at = created_at + interval '72 hours' where review_due_at is null;
alter table intake.service_request alter column review_due_at set not null;
-- Guards against two reviewers deciding the same report at once.
alter table intake.service_request add column version integer not null default 0;
create index service_request_due_idx on intake.service_request (review_due_at)
    where status in ('RECEIVED', 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED');

-- What reaches a report after it was filed: the reporter's additions and answers, another reporter's account of the
-- same incident, staff notes. Never rewritten; staff mark when they have read it.
create table intake.request_supplement (
    id          bigserial primary key,
    request_id  bigint not null references intake.service_request (id) on delete cascade,
    at          timestamptz not null,
    source      varchar(20) not null check (source in ('REPORTER', 'ANSWER', 'OTHER_REPORTER', 'STAFF')),
    author      varchar(200),
    text        varchar(10000),
    read_at     timestamptz,
    read_by     varchar(64)
);
create index request_supplement_request_idx on intake.request_supplement (request_id, at);
create index request_supplement_unread_idx on intake.request_supplement (request_id) where read_at is null;

-- Photos and documents given with a report or a supplement; the type is checked from the bytes, not the name.
create table intake.request_attachment (
    id            bigserial primary key,
    request_id    bigint not null references intake.service_request (id) on delete cascade,
    supplement_id bigint references intake.request_supplement (id) on delete cascade,
    file_name     varchar(200) not null,
    media_type    varchar(50) not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    size_bytes    integer not null check (size_bytes between 1 and 10485760),
    sha256        char(64) not null,
    content       bytea not null,
    created_at    timestamptz not null
);
create index request_attachment_request_idx on intake.request_attachment (request_id);
