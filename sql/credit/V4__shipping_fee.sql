-- The shipping fee (issue 18): a payment holds the goods for the mall and the shipping fee for the shipping company
-- named in the mall's instructions, together on the card. The fee line is claimed by that company once it accepts
-- the parcel, or released with the goods (void, expiry), or at authorized_until when nobody claimed it. The database
-- keeps the rules of the line whatever the code does; per card, held = the goods of AUTHORIZED payments + the fees
-- still HELD, which the card's own check (held within balance) bounds.

-- The shipping terms the instructions carried, checked against the company's signed tariff: all four or none (a
-- settlement made before this migration has no fee line). The fee is in the sum's currency (the contract's rule).
-- fee_state: where the fee line of an approved payment stands; null for a declined settlement, which records the
-- terms it was declined for. recipient_matched: whether the recipient's name, sealed in the fee claim, is the
-- cardholder's; known from the claim on, and nothing else of the name is kept.
alter table settlement
    add column shipping_company   varchar(200),
    add column shipping_volume    bigint,
    add column fee_amount         bigint,
    add column tariff_version     varchar(17),
    add column fee_state          varchar(16),
    add column recipient_matched  boolean,
    add constraint settlement_shipping_terms
        check (num_nulls(shipping_company, shipping_volume, fee_amount, tariff_version) in (0, 4)),
    add constraint settlement_shipping_volume check (shipping_volume >= 0),
    add constraint settlement_fee_amount check (fee_amount >= 0),
    add constraint settlement_tariff_version check (tariff_version ~ '^t[A-Za-z0-9_-]{16}$'),
    add constraint settlement_fee_state check (fee_state in ('HELD', 'CLAIMED', 'RELEASED')),
    add constraint settlement_fee_line check ((fee_state is not null) = (state is not null and fee_amount is not null)),
    -- goods voided or expired take a fee still held with them
    add constraint settlement_fee_ends_with_goods check (state not in ('VOIDED', 'EXPIRED') or fee_state <> 'HELD'),
    add constraint settlement_recipient_matched
        check ((recipient_matched is not null) = (fee_state is not distinct from 'CLAIMED'));
-- what the expiry timer looks for besides holds of goods: fees nobody claimed in time
create index settlement_fee_expiry on settlement (authorized_until) where fee_state = 'HELD';

-- The fee line's steps: FEE_HOLD with the goods' HOLD, then one FEE_CLAIM (the shipping company's claim) or one
-- FEE_RELEASE (void, expiry). None is a mall's request, so none carries a request id, and none is ever refused: a
-- claim that cannot apply is dead-lettered, never recorded.
alter table payment_step
    drop constraint payment_step_kind_check,
    add constraint payment_step_kind check (kind in
        ('HOLD', 'CAPTURE', 'VOID', 'EXPIRY', 'REFUND', 'FEE_HOLD', 'FEE_CLAIM', 'FEE_RELEASE')),
    drop constraint payment_step_check1,
    add constraint payment_step_request_of_kind check ((kind in ('CAPTURE', 'VOID', 'REFUND')) = (request_id is not null));
create unique index payment_step_one_fee_hold on payment_step (settlement_ref) where kind = 'FEE_HOLD';
create unique index payment_step_fee_line_ends_once on payment_step (settlement_ref)
    where kind in ('FEE_CLAIM', 'FEE_RELEASE');
