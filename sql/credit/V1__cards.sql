-- The credit company's customers and their cards. A card number is never stored in clear: a keyed hash finds
-- the card, the last four digits are kept for display. Passwords are Argon2id hashes.
create table customer (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null default now()
);

create table card (
    id                    bigint generated always as identity primary key,
    customer_id           bigint not null references customer (id),
    number_hash           bytea not null unique,
    last_four             char(4) not null,
    balance_amount        bigint not null check (balance_amount >= 0),
    balance_currency      char(3) not null check (balance_currency ~ '^[A-Z]{3}$'),
    status                varchar(16) not null default 'ACTIVE',
    password_hash         bytea not null,
    password_salt         bytea not null,
    failed_attempts       integer not null default 0,
    locked_until          timestamptz,
    version               bigint not null default 0,
    created_at            timestamptz not null default now()
);
