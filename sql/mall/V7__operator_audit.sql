-- The operator audit trail (docs/operations.md, Audit trail): one row per operator action and per failed operator
-- login. target is opaque (an internal id, or sha256: and 16 hex digits of an identifier), outcome is 'succeeded'
-- or the problem type the action was refused with. Append-only: the triggers refuse UPDATE, DELETE and TRUNCATE to
-- every role, the owner included, which a REVOKE would not.
create table operator_audit (
    id       bigint generated always as identity primary key,
    at       timestamptz  not null default clock_timestamp(),
    operator varchar(64)  not null,
    action   varchar(40)  not null,
    target   varchar(40),
    outcome  varchar(120) not null
);

create function operator_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'operator_audit is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger operator_audit_no_change before update or delete on operator_audit
    for each row execute function operator_audit_append_only();
create trigger operator_audit_no_truncate before truncate on operator_audit
    for each statement execute function operator_audit_append_only();
