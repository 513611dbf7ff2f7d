-- The mall's catalog: what it sells, at what price, and how big each item is once packed.
create table product (
    id              bigint generated always as identity primary key,
    name            varchar(120) not null unique,
    description     varchar(2000) not null default '',
    price_amount    bigint not null check (price_amount >= 0),
    price_currency  char(3) not null check (price_currency ~ '^[A-Z]{3}$'),
    length_cm       integer not null check (length_cm between 1 and 1000),
    width_cm        integer not null check (width_cm between 1 and 1000),
    height_cm       integer not null check (height_cm between 1 and 1000),
    weight_grams    integer not null check (weight_grams between 1 and 1000000),
    active          boolean not null default true,
    version         bigint not null default 0,
    created_at      timestamptz not null default now()
);
