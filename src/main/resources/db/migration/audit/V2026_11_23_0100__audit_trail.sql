create schema audit;

-- The audit trail. Rows are only ever inserted: the trigger below refuses updates and deletes, and each row's
-- hash covers its content and the previous row's hash, so an alteration made around the trigger is detected.
create table audit.audit_event (
    id            bigserial primary key,
    occurred_at   timestamptz not null,
    username      varchar(500),
    dsn           varchar(500),
    action        varchar(40) not null,
    object_type   varchar(500),
    object_id     varchar(500),
    outcome       varchar(10) not null,
    ip_address    varchar(500),
    user_agent    varchar(500),
    previous_hash char(64) not null,
    hash          char(64) not null
);
create index audit_event_username_idx on audit.audit_event (username, id desc);
create index audit_event_object_idx on audit.audit_event (object_type, object_id);
create index audit_event_occurred_idx on audit.audit_event (occurred_at);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit.audit_event
    for each row execute function audit.refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit.audit_event
    for each statement execute function audit.refuse_change();
