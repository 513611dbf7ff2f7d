-- The payment lifecycle (issue 17): an approval holds the sum on the card instead of debiting it; the mall then
-- captures, voids or refunds it, or the hold expires. The database keeps the money rules whatever the code does:
-- a card's holds never exceed its balance (available = balance - held is never negative), and a payment never
-- refunds more than it captured nor captures more than it authorised.

alter table card add column held_amount bigint not null default 0;
alter table card add constraint card_held_within_balance check (held_amount >= 0 and held_amount <= balance_amount);

-- state: where an approved payment stands (io.anonpay.common.contract.PaymentState); null for a declined one.
-- Approvals made before this migration were debited at once: they are captured in full.
-- mall: the party whose instructions paid, the only one whose requests apply to the payment (and the audience of
-- its updates); every settlement so far came from the one mall, "mall".
alter table settlement
    add column state            varchar(24),
    add column captured_amount  bigint not null default 0,
    add column refunded_amount  bigint not null default 0,
    add column authorized_until timestamptz,
    add column mall             varchar(200) not null default 'mall',
    add column updated_at       timestamptz;
update settlement set state = 'CAPTURED', captured_amount = sum_amount where outcome = 'APPROVED';
update settlement set updated_at = created_at;
alter table settlement
    alter column mall drop default,
    alter column updated_at set not null,
    alter column updated_at set default now(),
    add constraint settlement_state_of_approval check ((outcome = 'APPROVED') = (state is not null)),
    add constraint settlement_state check (state in
        ('AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'EXPIRED')),
    add constraint settlement_refunded_within_captured check (refunded_amount >= 0
        and refunded_amount <= captured_amount and captured_amount <= sum_amount),
    -- the totals each state implies: nothing is taken before a capture, and a capture takes the whole sum
    add constraint settlement_totals_of_state check (case state
        when 'CAPTURED' then captured_amount = sum_amount and refunded_amount = 0
        when 'PARTIALLY_REFUNDED' then captured_amount = sum_amount and refunded_amount between 1 and captured_amount - 1
        when 'REFUNDED' then captured_amount = sum_amount and refunded_amount = captured_amount
        else captured_amount = 0 and refunded_amount = 0 end),
    add constraint settlement_authorized_until check (state is distinct from 'AUTHORIZED' or authorized_until is not null);
-- what the expiry timer looks for: holds whose time ran out
create index settlement_hold_expiry on settlement (authorized_until) where state = 'AUTHORIZED';

-- One row per step applied to a payment or refused, appended and never changed: the hold at approval, and each
-- capture, void, refund (each a request of the mall, named by its request id) and expiry. A request id is applied
-- once (unique); an expiry happens at most once per payment. settlement_ref is the settlement row (its column
-- settlement_id is the sealed settlement identifier, another thing).
create table payment_step (
    id              bigint generated always as identity primary key,
    settlement_ref  bigint not null references settlement (id),
    kind            varchar(16) not null check (kind in ('HOLD', 'CAPTURE', 'VOID', 'EXPIRY', 'REFUND')),
    request_id      varchar(64) check (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    amount          bigint not null check (amount >= 0),
    currency        char(3) not null check (currency ~ '^[A-Z]{3}$'),
    outcome         varchar(16) not null check (outcome in ('APPLIED', 'REFUSED')),
    refusal         varchar(32) check (refusal in ('NOT_HELD', 'NOT_CAPTURED', 'AMOUNT_MISMATCH', 'EXCEEDS_CAPTURED')),
    created_at      timestamptz not null default now(),
    check ((outcome = 'REFUSED') = (refusal is not null)),
    check ((kind in ('HOLD', 'EXPIRY')) = (request_id is null)),
    check (kind in ('CAPTURE', 'VOID', 'REFUND') or outcome = 'APPLIED')
);
create unique index payment_step_request on payment_step (request_id) where request_id is not null;
create unique index payment_step_one_expiry on payment_step (settlement_ref) where kind = 'EXPIRY';
create index payment_step_of_settlement on payment_step (settlement_ref, created_at, id);

-- Append-only for the server too: its role (the owner, which runs these migrations) gives up changing a step.
revoke update, delete, truncate on payment_step from current_user;
