-- The shipping company's shipments. It knows the opaque purchase identifier, the volume and declared value,
-- and where to deliver; the buyer's name only sealed to the settling credit company's key.
create table shipment (
    id                    bigint generated always as identity primary key,
    shipping_id           varchar(32) not null unique,
    purchase_id           varchar(1024) not null unique,
    volume_cubic_cm       bigint not null check (volume_cubic_cm > 0),
    declared_amount       bigint not null check (declared_amount >= 0),
    declared_currency     char(3) not null,
    fee_amount            bigint not null check (fee_amount >= 0),
    fee_currency          char(3) not null,
    sealed_recipient_name varchar(2048) not null,
    credit_company        varchar(64) not null,
    address_ciphertext    bytea not null,
    status                varchar(16) not null default 'ACCEPTED',
    version               bigint not null default 0,
    created_at            timestamptz not null default now()
);
