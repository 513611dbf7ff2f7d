-- The shipping company's shipments. It knows the opaque purchase identifier, the volume and declared value,
-- and where to deliver (encrypted); the buyer's name only sealed to the settling credit company's key.
create table shipment (
    id                    bigint generated always as identity primary key,
    shipping_id           varchar(32) not null unique,
    -- SHA-256 (hex) of purchase_id: one purchase, one shipment. A sealed purchase id may be up to 6000
    -- characters, more than a btree index entry may hold, so the uniqueness lives on its digest.
    purchase_key          char(64) not null unique,
    purchase_id           text not null,
    mall                  varchar(200) not null,
    credit_company        varchar(200) not null,
    volume_cubic_cm       bigint not null check (volume_cubic_cm >= 0),
    declared_amount       bigint not null check (declared_amount >= 0),
    declared_currency     char(3) not null check (declared_currency ~ '^[A-Z]{3}$'),
    fee_amount            bigint not null check (fee_amount >= 0),
    fee_currency          char(3) not null check (fee_currency ~ '^[A-Z]{3}$'),
    sealed_recipient_name text not null,
    -- AES-256-GCM: version byte, 12-byte nonce, ciphertext and tag; the shipping id is the associated data.
    address_ciphertext    bytea not null,
    status                varchar(16) not null default 'ACCEPTED'
                          check (status in ('ACCEPTED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED')),
    version               bigint not null default 0,
    created_at            timestamptz not null default now(),
    status_changed_at     timestamptz not null default now()
);

-- Signed receipts for the mall, written in the shipment's transaction and relayed to the broker afterwards
-- (see sql/outbox-table.md). message_key is text: it carries the purchase id, which may exceed 1024 characters.
create table outbox (
    id               bigint generated always as identity primary key,
    destination      varchar(200) not null,
    message_key      text not null,
    body             text not null,
    created_at       timestamptz not null default now(),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    sent_at          timestamptz
);
create index outbox_due on outbox (next_attempt_at) where sent_at is null;
