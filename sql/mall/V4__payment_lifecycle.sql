-- The payment after its approval, as the mall mirrors it from the credit company's updates: held (AUTHORIZED),
-- captured, refunded in part or in full, voided or expired. Amounts are in the purchase's own currency.
alter table purchase
    add column payment_state varchar(24)
        check (payment_state in ('AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'EXPIRED')),
    add column captured_amount bigint not null default 0 check (captured_amount >= 0),
    add column refunded_amount bigint not null default 0 check (refunded_amount >= 0),
    -- a returned parcel's refund, held back until the credit company confirms the capture it would undo
    add column refund_awaits_capture boolean not null default false,
    add constraint purchase_refunded_within_captured check (refunded_amount <= captured_amount),
    add constraint purchase_captured_within_sum check (captured_amount <= sum_amount);

-- Before this version an approval debited the card at once: those payments count as captured in full.
update purchase set payment_state = 'CAPTURED', captured_amount = sum_amount
    where status in ('PAID', 'SHIPPING_ACCEPTED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED');

-- Each request the mall makes to a credit company about a purchase's payment (capture, void, refund), and its
-- answer. The reason of a refund is the operator's note: it stays here and never travels.
create table payment_request (
    id               bigint generated always as identity primary key,
    purchase_ref     bigint not null references purchase (id),
    request_id       varchar(64) not null unique check (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    credit_company   varchar(64) not null,
    action           varchar(8) not null check (action in ('CAPTURE', 'VOID', 'REFUND')),
    amount           bigint not null check (amount > 0),
    currency         char(3) not null check (currency ~ '^[A-Z]{3}$'),
    reason           varchar(500),
    requested_by     varchar(9) not null check (requested_by in ('BUYER', 'OPERATOR', 'AUTOMATIC')),
    status           varchar(9) not null check (status in ('REQUESTED', 'APPLIED', 'REFUSED')),
    refusal          varchar(24),
    created_at       timestamptz not null,
    answered_at      timestamptz,
    check ((status = 'REFUSED') = (refusal is not null)),
    check ((status = 'REQUESTED') = (answered_at is null)),
    check (reason is null or action = 'REFUND')
);
create index payment_request_of_purchase on payment_request (purchase_ref, id);

-- The transactional outbox (see sql/outbox-table.md): payment requests wait here until the relay has sent them.
-- message_key holds a purchase id, up to 6000 characters (the contracts' bound).
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
