-- The shipping fee (claim 6): the buyer designates the shipping company together with the credit company, and the
-- mall fixes the fee then, from that company's signed tariff for the parcel's volume. It stays while the purchase is
-- priced for that company, whatever the company publishes later. The fee is in the purchase's own currency (one card
-- pays both); tariff_version names the tariff it came from (a digest of its terms), which the credit company checks
-- the fee against.
alter table purchase
    add column shipping_fee_amount bigint check (shipping_fee_amount >= 0),
    add column tariff_version varchar(17) check (tariff_version ~ '^t[A-Za-z0-9_-]{16}$'),
    add constraint purchase_fee_with_its_tariff check ((shipping_fee_amount is null) = (tariff_version is null)),
    add constraint purchase_fee_for_a_company check (shipping_fee_amount is null or shipping_company is not null);
