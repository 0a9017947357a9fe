-- Photos and documents a resident has added to an online report that is still being written. The report itself lives
-- in the resident's web session until it is submitted; its files are kept here, not in the session, so that every
-- step does not carry megabytes to and from the session store. On submit they move to request_attachment in the
-- report's transaction; a report that is abandoned leaves its files behind for a day at most.
create table intake.online_upload (
    id          bigserial primary key,
    draft_key   varchar(64) not null,
    file_name   varchar(200) not null,
    media_type  varchar(50) not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    size_bytes  integer not null check (size_bytes between 1 and 10485760),
    content     bytea not null,
    created_at  timestamptz not null
);
create index online_upload_draft_idx on intake.online_upload (draft_key);
create index online_upload_created_idx on intake.online_upload (created_at);
