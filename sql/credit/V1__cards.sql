-- The credit company's customers, cards, settlements and the outbox of results for the mall.
-- A card number is never stored in clear: a keyed hash (HMAC-SHA256) finds the card, the last four digits are kept
-- for display. Passwords are Argon2id hashes with their salt. Amounts are minor units with an ISO 4217 currency.
create table customer (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null default now()
);

create table card (
    id                bigint generated always as identity primary key,
    customer_id       bigint not null references customer (id),
    number_hash       bytea not null unique,
    last_four         char(4) not null,
    balance_amount    bigint not null check (balance_amount >= 0),
    balance_currency  char(3) not null check (balance_currency ~ '^[A-Z]{3}$'),
    status            varchar(16) not null default 'ACTIVE',
    password_hash     bytea not null,
    password_salt     bytea not null,
    failed_attempts   integer not null default 0 check (failed_attempts >= 0),
    locked_until      timestamptz,
    created_at        timestamptz not null default now()
);
create index card_customer on card (customer_id);

-- One row per purchase that reached a final outcome. purchase_key (SHA-256 of the purchase id) is what makes a
-- purchase settle at most once: a purchase id may be longer than a btree entry can hold, its digest never is.
create table settlement (
    id              bigint generated always as identity primary key,
    purchase_key    bytea not null unique,
    purchase_id     text not null,
    card_id         bigint not null references card (id),
    settlement_id   text,
    sum_amount      bigint not null check (sum_amount >= 0),
    sum_currency    char(3) not null check (sum_currency ~ '^[A-Z]{3}$'),
    outcome         varchar(16) not null check (outcome in ('APPROVED', 'DECLINED')),
    decline_reason  varchar(32),
    created_at      timestamptz not null default now(),
    check ((outcome = 'APPROVED') = (settlement_id is not null)),
    check ((outcome = 'DECLINED') = (decline_reason is not null))
);
create index settlement_card on settlement (card_id, created_at desc);

-- The transactional outbox (see sql/outbox-table.md). message_key holds a purchase id, which may be up to 6000
-- characters (the contracts' bound), so it is wider here than the 1024 the shared note shows.
create table outbox (
    id               bigint generated always as identity primary key,
    destination      varchar(200) not null,
    message_key      varchar(6000) not null,
    body             text not null,
    created_at       timestamptz not null default now(),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    sent_at          timestamptz
);
create index outbox_due on outbox (next_attempt_at) where sent_at is null;
