-- Purchases. What was bought is kept only inside purchase_id, sealed to the mall's own key; who bought is
-- never known here. A purchase is found by its purchase identifier, which is also the buyer's capability;
-- purchase_key (SHA-256 of the identifier) keeps that index small, as identifiers run to hundreds of characters.
create table purchase (
    id                        bigint generated always as identity primary key,
    purchase_key              bytea not null unique,
    purchase_id               varchar(6000) not null,
    status                    varchar(24) not null,
    sum_amount                bigint not null check (sum_amount >= 0),
    sum_currency              char(3) not null check (sum_currency ~ '^[A-Z]{3}$'),
    volume_cubic_cm           bigint not null check (volume_cubic_cm > 0),
    weight_grams              bigint not null check (weight_grams > 0),
    dimensional_weight_grams  bigint not null check (dimensional_weight_grams >= 0),
    item_count                integer not null check (item_count > 0),
    credit_company            varchar(64),
    settled_by                varchar(64),
    settlement_id             varchar(6000),
    decline_reason            varchar(32),
    shipping_company          varchar(64),
    shipping_id               varchar(64),
    created_at                timestamptz not null,
    payable_until             timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint not null default 0
);
create index purchase_by_status on purchase (status, updated_at);
