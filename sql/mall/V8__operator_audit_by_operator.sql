-- The operator's lockout (docs/operations.md, Operator lockout) reads the trail on every request with the operator's
-- user name: its failed logins in the last window, and its last lockout. This index finds both without a scan.
create index operator_audit_by_operator on operator_audit (operator, action, at);
