-- Payment sessions: one password check, then several settlements on the same card until the session expires.
-- Only the SHA-256 of the session token (32 random bytes) is stored: whoever reads this table cannot pay with it.
create table payment_session (
    id          bigint generated always as identity primary key,
    token_hash  bytea not null unique check (octet_length(token_hash) = 32),
    card_id     bigint not null references card (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    check (expires_at > created_at)
);
create index payment_session_card on payment_session (card_id);
create index payment_session_expiry on payment_session (expires_at);
