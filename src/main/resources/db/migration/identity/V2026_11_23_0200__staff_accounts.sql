create schema identity;

-- A staff member's way in. Linked to an employee when the person is on the roster; the password hash is
-- null for accounts that only sign in through the department's identity provider.
create table identity.staff_account (
    id                  bigserial primary key,
    username            varchar(64) not null unique,
    password_hash       varchar(255),
    employee_id         bigint,
    display_name        varchar(200) not null,
    email               varchar(320),
    enabled             boolean not null default true,
    locked_at           timestamptz,
    totp_secret         varchar(64),
    totp_enrolled_at    timestamptz,
    totp_last_step      bigint,
    created_at          timestamptz not null,
    password_changed_at timestamptz,
    version             integer not null default 0,
    constraint staff_account_username_lower check (username = lower(username))
);
create index staff_account_employee_idx on identity.staff_account (employee_id);

create table identity.account_role (
    account_id bigint not null references identity.staff_account (id) on delete cascade,
    role       varchar(40) not null,
    primary key (account_id, role)
);

-- Failed sign-in attempts, counted for the lockout rule; the audit trail keeps the permanent record.
create table identity.login_failure (
    id         bigserial primary key,
    username   varchar(200) not null,
    failed_at  timestamptz not null,
    ip_address varchar(100)
);
create index login_failure_username_idx on identity.login_failure (username, failed_at);

-- API tokens are stored as SHA-256 hashes only: the token itself is shown once, when it is issued.
create table identity.api_token (
    id           bigserial primary key,
    account_id   bigint not null references identity.staff_account (id) on delete cascade,
    token_hash   char(64) not null unique,
    label        varchar(100),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_account_idx on identity.api_token (account_id);
