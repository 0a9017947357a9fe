create schema geography;

-- Points and polygons use PostgreSQL's built-in geometric types with x = longitude and y = latitude. Their
-- operators are planar, which is exact enough for containment and nearest-neighbour ordering at the scale of a
-- city; distances in metres are computed on the sphere by the application.

-- The areas the department polices: its own city and the cities it serves under contract, whose figures are
-- reported separately.
create table geography.jurisdiction (
    id         bigserial primary key,
    code       varchar(20) not null unique,
    name       varchar(200) not null,
    kind       varchar(20) not null check (kind in ('CITY', 'CONTRACT_CITY')),
    boundary   polygon not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index jurisdiction_boundary_idx on geography.jurisdiction using gist (boundary);

-- Patrol beats (zones); each lies in one jurisdiction.
create table geography.beat (
    id              bigserial primary key,
    code            varchar(20) not null unique,
    name            varchar(200) not null,
    jurisdiction_id bigint not null references geography.jurisdiction (id),
    boundary        polygon not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index beat_boundary_idx on geography.beat using gist (boundary);
create index beat_jurisdiction_idx on geography.beat (jurisdiction_id);

-- The address index. An address is identified by its normalised text (the import files carry no city), so
-- importing an address again moves it instead of duplicating it. Beat and jurisdiction are derived from the
-- polygons whenever the address or a boundary changes.
create table geography.address (
    id              bigserial primary key,
    full_address    varchar(300) not null,
    normalized      varchar(300) not null unique,
    house_number    integer,
    street          varchar(300) not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    location        point generated always as (point(longitude, latitude)) stored,
    beat_id         bigint references geography.beat (id),
    jurisdiction_id bigint references geography.jurisdiction (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
-- Nearest address to a point (ORDER BY location <-> point) and addresses inside a polygon.
create index address_location_idx on geography.address using gist (location);
-- Fuzzy matching of typed addresses and street names (similarity, %).
create index address_normalized_trgm_idx on geography.address using gin (normalized gin_trgm_ops);
create index address_street_trgm_idx on geography.address using gin (street gin_trgm_ops);
-- Type-ahead (LIKE 'prefix%') and the neighbouring house numbers on a street.
create index address_normalized_prefix_idx on geography.address (normalized text_pattern_ops);
create index address_street_number_idx on geography.address (street text_pattern_ops, house_number);
create index address_beat_idx on geography.address (beat_id);
create index address_jurisdiction_idx on geography.address (jurisdiction_id);

-- The jurisdiction and the beat a point lies in. Where areas overlap (they should not), the lowest code wins, so
-- the answer never depends on the order rows happen to be read in.
create function geography.jurisdiction_at(p point) returns bigint
    language sql stable
as $$
    select id from geography.jurisdiction where boundary @> p order by code limit 1
$$;

create function geography.beat_at(p point) returns bigint
    language sql stable
as $$
    select b.id
    from geography.beat b
    where b.jurisdiction_id = geography.jurisdiction_at(p) and b.boundary @> p
    order by b.code
    limit 1
$$;
