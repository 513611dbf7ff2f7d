-- Every tariff this company has ever published, kept for as long as instructions may name it: a version is derived
-- from its terms (io.anonpay.common.contract.Tariff), so a row never changes. The current tariff is added at start
-- if it is not here yet (insert ... on conflict do nothing: instances starting together agree). No buyer data.
create table tariff (
    version                  varchar(17) primary key check (version ~ '^t[A-Za-z0-9_-]{16}$'),
    shipping_company         varchar(200) not null,
    currency                 char(3) not null check (currency ~ '^[A-Z]{3}$'),
    base_fee                 bigint not null check (base_fee >= 0),
    per_kilogram             bigint not null check (per_kilogram >= 0),
    cubic_cm_per_kilogram    bigint not null check (cubic_cm_per_kilogram > 0),
    minimum_kilograms        bigint not null check (minimum_kilograms >= 0),
    maximum_cubic_cm         bigint not null check (maximum_cubic_cm > 0),
    published_at             timestamptz not null default now()
);

-- The tariff a shipment's fee was checked against. Null only for shipments accepted before tariffs had versions
-- (their fee came from the one tariff of that time, 3.90 EUR + 1.10 EUR per kilogram).
alter table shipment add column tariff_version varchar(17) references tariff (version);
