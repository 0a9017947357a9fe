-- The master indexes: one record per real person, vehicle and serialized item across all reports, with what
-- links each to the reports it appears in. Record checks search them from patrol cars, so every column a check
-- looks at has an index that answers without reading the table.

-- The platform migration creates these too; repeated so that this module's migrations stand on their own.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table records.master_person (
    id              bigint generated always as identity primary key,
    last_name       varchar(100) not null,
    first_name      varchar(100),
    middle_name     varchar(100),
    date_of_birth   date,
    sex             varchar(1),
    race            varchar(1),
    height_inches   smallint check (height_inches between 12 and 108),
    weight_pounds   smallint check (weight_pounds between 1 and 900),
    hair            varchar(3),
    eyes            varchar(3),
    licence_number  varchar(30),
    licence_state   varchar(2),
    -- The licence as a search key: upper case, letters and digits only.
    licence_key     varchar(30),
    -- A sealed record is seen by records staff only; to everyone else it does not exist.
    sealed          boolean not null default false,
    -- Set when records staff merged this record into another; the record and everything on it stays, and the
    -- merge can be undone. Searches show only records that are not merged.
    merged_into     bigint references records.master_person (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer not null default 0
);

create index master_person_dob on records.master_person (date_of_birth) where merged_into is null;
create index master_person_licence on records.master_person (licence_key, licence_state) where merged_into is null;
create index master_person_merged_into on records.master_person (merged_into) where merged_into is not null;
-- Mug shot search by descriptors narrows by these first.
create index master_person_descriptors on records.master_person (sex, race, date_of_birth) where merged_into is null;

create table records.person_alias (
    id          bigint generated always as identity primary key,
    person_id   bigint not null references records.master_person (id),
    last_name   varchar(100) not null,
    first_name  varchar(100),
    middle_name varchar(100)
);

create index person_alias_person on records.person_alias (person_id);

-- The names a person can be found by: the name and each alias, and for a surname of several parts
-- (Garcia-Lopez, de la Cruz) the whole written together and each part alone. Derived from the names on every save
-- (org.precinct.records.index.PersonNameKeys); the person is the live record a merged record was merged into.
-- The generated keys are what the name search looks up: phonetic codes (double metaphone, soundex), the first and
-- last three letters of the surname (a typo rarely touches both), each with the given name's phonetic code.
create table records.person_search_name (
    person_id      bigint not null references records.master_person (id),
    source         varchar(8) not null,
    last_norm      varchar(100) not null,
    first_norm     varchar(100) not null default '',
    middle_norm    varchar(100) not null default '',
    -- Copied from the person so that a check narrows by date of birth, and leaves out what the searcher may
    -- not see (sealed records; juveniles for anyone but records staff), without reading the person.
    date_of_birth  date,
    sealed         boolean not null default false,
    last_dm        text generated always as (dmetaphone(last_norm)) stored,
    last_dm_alt    text generated always as (dmetaphone_alt(last_norm)) stored,
    last_sx        text generated always as (soundex(last_norm)) stored,
    last_head      text generated always as (left(last_norm, 3)) stored,
    last_tail      text generated always as (right(last_norm, 3)) stored,
    first_dm       text generated always as (dmetaphone(first_norm)) stored,
    first_initial  text generated always as (left(first_norm, 1)) stored,
    first_tail     text generated always as (right(first_norm, 3)) stored
);

create index person_search_name_person on records.person_search_name (person_id);
create index person_search_name_phonetic on records.person_search_name (last_dm, first_dm);
create index person_search_name_phonetic_alt on records.person_search_name (last_dm_alt, first_dm);
create index person_search_name_soundex on records.person_search_name (last_sx, first_dm);
create index person_search_name_head on records.person_search_name (last_head, first_dm);
create index person_search_name_tail on records.person_search_name (last_tail, first_dm);
create index person_search_name_exact_initial on records.person_search_name (last_norm, first_initial);
create index person_search_name_exact_tail on records.person_search_name (last_norm, first_tail);
create index person_search_name_dob on records.person_search_name (date_of_birth);

create table records.person_mark (
    id          bigint generated always as identity primary key,
    person_id   bigint not null references records.master_person (id),
    kind        varchar(10) not null,
    location    varchar(60),
    description varchar(300) not null
);

create index person_mark_person on records.person_mark (person_id);
create index person_mark_text on records.person_mark using gin (lower(description) gin_trgm_ops);

create table records.person_address (
    id          bigint generated always as identity primary key,
    person_id   bigint not null references records.master_person (id),
    address     varchar(200) not null,
    address_key varchar(200) not null,
    recorded_on date
);

create index person_address_person on records.person_address (person_id);
create index person_address_text on records.person_address using gin (address_key gin_trgm_ops);

create table records.person_phone (
    id        bigint generated always as identity primary key,
    person_id bigint not null references records.master_person (id),
    -- Digits only, without a leading country code 1.
    digits    varchar(15) not null,
    kind      varchar(10) not null
);

create index person_phone_person on records.person_phone (person_id);
create index person_phone_digits on records.person_phone (digits);

create table records.mug_shot (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references records.master_person (id),
    taken_on   date not null,
    media_type varchar(20) not null,
    content    bytea not null,
    sha256     varchar(64) not null,
    added_at   timestamptz not null,
    added_by   varchar(100)
);

create index mug_shot_person on records.mug_shot (person_id, taken_on desc);

create table records.person_caution (
    id          bigint generated always as identity primary key,
    person_id   bigint not null references records.master_person (id),
    kind        varchar(20) not null,
    note        varchar(500),
    recorded_at timestamptz not null,
    recorded_by varchar(100),
    -- A caution is ended, not deleted: officers may need to know that it once applied.
    ended_at    timestamptz,
    ended_by    varchar(100)
);

create index person_caution_person on records.person_caution (person_id);

create table records.master_vehicle (
    id           bigint generated always as identity primary key,
    vin          varchar(17),
    plate        varchar(10),
    -- The plate as a search key: upper case, letters and digits only.
    plate_key    varchar(10),
    plate_state  varchar(2),
    make         varchar(40),
    model        varchar(40),
    model_year   smallint,
    colour       varchar(20),
    merged_into  bigint references records.master_vehicle (id),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      integer not null default 0
);

create index master_vehicle_vin on records.master_vehicle (vin) where merged_into is null;
-- A VIN is often read out by its last characters only.
create index master_vehicle_vin_tail on records.master_vehicle (right(vin, 6)) where merged_into is null;
create index master_vehicle_plate on records.master_vehicle (plate_key text_pattern_ops, plate_state)
    where merged_into is null;
-- Partial plates with an unknown first character (?BC123) cannot use the ordered index.
create index master_vehicle_plate_trigram on records.master_vehicle using gin (plate_key gin_trgm_ops)
    where merged_into is null;
create index master_vehicle_merged_into on records.master_vehicle (merged_into) where merged_into is not null;

create table records.master_property (
    id            bigint generated always as identity primary key,
    category      varchar(40) not null,
    make          varchar(40),
    model         varchar(40),
    serial_number varchar(40) not null,
    serial_key    varchar(40) not null,
    description   varchar(300),
    merged_into   bigint references records.master_property (id),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       integer not null default 0
);

create index master_property_serial on records.master_property (serial_key) where merged_into is null;
create index master_property_merged_into on records.master_property (merged_into) where merged_into is not null;

-- Which report a master record appears in, and as what. Written by incident reports through MasterIndexes.
create table records.involvement (
    id            bigint generated always as identity primary key,
    record_kind   varchar(10) not null,
    record_id     bigint not null,
    report_number varchar(20) not null,
    role          varchar(30) not null,
    occurred_on   date not null,
    recorded_at   timestamptz not null
);

create index involvement_record on records.involvement (record_kind, record_id, occurred_on desc);
create index involvement_report on records.involvement (report_number);

-- A merge of two master records, and its undoing. The involvements it moved are listed so that undoing moves
-- exactly those back.
create table records.master_merge (
    id          bigint generated always as identity primary key,
    record_kind varchar(10) not null,
    survivor_id bigint not null,
    merged_id   bigint not null,
    reason      varchar(500),
    merged_at   timestamptz not null,
    merged_by   varchar(100),
    undone_at   timestamptz,
    undone_by   varchar(100)
);

create index master_merge_record on records.master_merge (record_kind, survivor_id);
create index master_merge_merged on records.master_merge (record_kind, merged_id);

create table records.master_merge_moved (
    merge_id       bigint not null references records.master_merge (id),
    involvement_id bigint not null references records.involvement (id),
    primary key (merge_id, involvement_id)
);

-- Every record check: who asked, why, for what, and how many records it showed. The audit trail's row for the
-- check names this row, so the reason an officer gave stays with the chained, tamper-evident record.
create table records.record_check (
    id          bigint generated always as identity primary key,
    checked_at  timestamptz not null,
    username    varchar(100),
    dsn         varchar(20),
    kind        varchar(20) not null,
    query       varchar(200) not null,
    reason      varchar(200) not null,
    results     integer not null
);

create index record_check_username on records.record_check (username, checked_at desc);
