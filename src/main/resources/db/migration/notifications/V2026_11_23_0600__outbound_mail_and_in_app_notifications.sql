-- E-mail leaves Precinct through an outbox: a row is written in the same transaction as the business change
-- that causes it and a dispatcher sends it afterwards, retrying with back-off. In-app notifications are read
-- in the staff console.

create schema notifications;

create table notifications.outbound_mail (
    id              bigint generated always as identity primary key,
    -- Chosen by the caller (e.g. account:42:lockout); the same reference is queued only once.
    reference       text        not null unique check (length(reference) between 1 and 200),
    recipient       text        not null check (length(recipient) between 3 and 254),
    subject         text        not null check (length(subject) between 1 and 998),
    body_text       text        not null,
    body_html       text,
    language        text        check (length(language) <= 35),
    created_at      timestamptz not null default now(),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    -- Delivery attempts started; an attempt counts from the moment a dispatcher claims the mail.
    attempts        int         not null default 0 check (attempts >= 0),
    -- When the mail is next due; while a dispatcher holds it, the end of its claim.
    next_attempt_at timestamptz not null default now(),
    last_error      text        check (length(last_error) <= 500),
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);

-- The dispatcher's question: which pending mails are due?
create index outbound_mail_due_idx on notifications.outbound_mail (next_attempt_at) where status = 'PENDING';
-- The administration page lists the queue by status, newest first.
create index outbound_mail_status_idx on notifications.outbound_mail (status, created_at desc);

create table notifications.in_app_notification (
    id           bigint generated always as identity primary key,
    username     text        not null check (length(username) between 1 and 100),
    message_key  text        not null check (length(message_key) between 1 and 200),
    -- The message's arguments in order, as a JSON array: numbers stay numbers, everything else is text.
    message_args jsonb       not null default '[]' check (jsonb_typeof(message_args) = 'array'),
    link         text        check (length(link) <= 500),
    created_at   timestamptz not null default now(),
    read_at      timestamptz
);

create index in_app_notification_by_user_idx on notifications.in_app_notification (username, created_at desc);
create index in_app_notification_unread_idx on notifications.in_app_notification (username) where read_at is null;
