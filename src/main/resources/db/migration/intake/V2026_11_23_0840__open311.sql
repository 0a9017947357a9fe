-- Open311 GeoReport v2: the systems allowed to file requests, what a request filed through Open311 carries besides
-- the report itself, and when the published services last changed.

-- A city system or app that files service requests. Its key is shown once when issued; only the SHA-256 of the key
-- is kept, so a copy of the database does not hand out working keys.
create table intake.open311_client (
    id           bigint generated always as identity primary key,
    name         varchar(100) not null check (length(btrim(name)) > 0),
    key_hash     char(64)     not null unique,
    -- The key's first characters, so that administrators can tell keys apart without seeing them.
    key_hint     varchar(16)  not null,
    active       boolean      not null default true,
    created_at   timestamptz  not null,
    created_by   varchar(64),
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    last_used_at timestamptz,
    check (active = (revoked_at is null))
);

-- A report filed through Open311: the token that finds its id again, the client that filed it and the media URL
-- the client gave (the report itself has no place for it).
create table intake.open311_request (
    tracking_number varchar(20)   primary key references intake.service_request (tracking_number) on delete cascade,
    token           varchar(40)   not null unique,
    client_id       bigint references intake.open311_client (id),
    media_url       varchar(2000),
    created_at      timestamptz   not null
);
create index open311_request_client_idx on intake.open311_request (client_id);

-- The discovery document's changeset: when the published services or their definitions last changed. One row,
-- moved on whenever the services' fingerprint differs from the one stored.
create table intake.open311_changeset (
    id          smallint    primary key check (id = 1),
    fingerprint char(64)    not null,
    changed_at  timestamptz not null
);
