-- The non-emergency line's calls: every call a call-taker finishes is logged with its outcome, so the department
-- can count reports taken, emergencies transferred to 911 and inquiries answered.

-- What callers ask about when they need no report; administrators add topics and retire them, never delete them,
-- so that old calls keep their topic.
create table intake.inquiry_topic (
    code     varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
    label_en varchar(120) not null check (length(label_en) between 1 and 120),
    label_es varchar(120) not null check (length(label_es) between 1 and 120),
    position integer not null,
    active   boolean not null default true
);

insert into intake.inquiry_topic (code, label_en, label_es, position) values
    ('OFFICE_HOURS', 'Office hours and locations', 'Horario y ubicación de las oficinas', 10),
    ('REPORT_COPY', 'Getting a copy of a report', 'Cómo obtener una copia de un informe', 20),
    ('ORDINANCE', 'Question about a city ordinance', 'Consulta sobre una ordenanza municipal', 30),
    ('REPORT_STATUS', 'Status of a report', 'Estado de un informe', 40),
    ('AGENCY_REFERRAL', 'Referred to another agency', 'Derivación a otra agencia', 50),
    ('OTHER', 'Other', 'Otro', 90);

create table intake.call_record (
    id              bigserial primary key,
    at              timestamptz not null,
    taken_by        varchar(64) not null,
    caller_phone    varchar(40),
    outcome         varchar(20) not null
        check (outcome in ('REPORT_TAKEN', 'ADDED_TO_REPORT', 'TRANSFERRED_911', 'INQUIRY_ANSWERED')),
    -- For transfers: why the call read as an emergency, [{"code": ..., "phrase": ...}]; the caller's words are
    -- otherwise not kept, because no report was taken.
    triage_reasons  jsonb,
    topic_code      varchar(40) references intake.inquiry_topic (code),
    note            varchar(2000),
    tracking_number varchar(20) references intake.service_request (tracking_number),
    check ((outcome = 'INQUIRY_ANSWERED') = (topic_code is not null)),
    check ((outcome in ('REPORT_TAKEN', 'ADDED_TO_REPORT')) = (tracking_number is not null))
);
create index call_record_at_idx on intake.call_record (at);
