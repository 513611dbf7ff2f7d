package io.anonpay.common.audit;

import io.anonpay.common.problem.StatusProblems;
import io.anonpay.common.schema.MigratedDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Locks the operator account after too many failed logins, by the card lockout's rule: {@code failures} failed logins
 * within {@code window} lock it for {@code duration}, counted from the failure that locked it; attempts while it is
 * locked are refused and counted for nothing, so an attacker's retries do not lengthen it; a lock that has run out
 * starts a fresh count. The state is the audit trail itself (the failed {@code operator.login} rows, and the
 * {@code operator.lockout} row the locking failure adds), read with the database's clock, so every instance of a
 * server sees the same lock and no table holds it besides.
 */
@ApplicationScoped
public class OperatorLockout {

    private static final Logger LOG = Logger.getLogger(OperatorLockout.class.getName());
    private static final String FAILED = StatusProblems.OPERATOR_CREDENTIAL_REQUIRED.type().toString();
    private static final String LOCKED = StatusProblems.OPERATOR_LOCKED.type().toString();

    @Inject
    @ConfigProperty(name = "anonpay.operator.lockout.failures", defaultValue = "5")
    int failures;

    @Inject
    @ConfigProperty(name = "anonpay.operator.lockout.window", defaultValue = "PT1M")
    Duration window;

    @Inject
    @ConfigProperty(name = "anonpay.operator.lockout.duration", defaultValue = "PT5M")
    Duration duration;

    @Inject
    MigratedDatabase database;

    @PostConstruct
    void requireSettings() {
        if (failures < 1 || window.isNegative() || window.isZero() || duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException("anonpay.operator.lockout.failures must be at least 1, and its window and"
                    + " duration longer than zero (ISO-8601, e.g. PT1M)");
        }
    }

    /**
     * The seconds, rounded up, that the operator's account stays locked; empty when it is not locked, and when the
     * trail cannot be read (the database away, or not migrated yet): the password is still checked then, and the
     * operator keeps the metrics that show the outage.
     */
    public OptionalLong lockedFor(String operator) {
        if (database.dataSource() == null) {
            return OptionalLong.empty();
        }
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select extract(epoch from max(at) + make_interval(secs => ?) - clock_timestamp())"
                             + " from operator_audit where operator = ? and action = ?"
                             + " and at > clock_timestamp() - make_interval(secs => ?)")) {
            select.setDouble(1, seconds(duration));
            select.setString(2, operator);
            select.setString(3, AuditEntry.LOCKOUT);
            select.setDouble(4, seconds(duration));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                double left = row.getDouble(1);
                return row.wasNull() || left <= 0 ? OptionalLong.empty() : OptionalLong.of((long) Math.ceil(left));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not read the operator's lockout, the password is checked alone: "
                    + e.getSQLState(), e);
            return OptionalLong.empty();
        }
    }

    /**
     * Records a failed login of the operator, and the lockout when it is the last one allowed. Under an advisory lock
     * on the operator's name, so that failures arriving together at several instances are each counted once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failedLogin(String operator) {
        try (Connection connection = OperatorAudit.dataSource(database).getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, AuditEntry.LOCKOUT + " " + operator);
                lock.executeQuery().close();
            }
            AuditTrail.append(connection, AuditEntry.of(operator, AuditEntry.LOGIN, null, FAILED));
            if (countedFailures(connection, operator) >= failures) {
                AuditTrail.append(connection, AuditEntry.of(operator, AuditEntry.LOCKOUT, null, LOCKED));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the operator's failed login: " + e.getSQLState(), e);
        }
    }

    /** Failed logins in the window, none from before the last lockout (a lock that ran out starts afresh). */
    private long countedFailures(Connection connection, String operator) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from operator_audit where operator = ? and action = ? and outcome = ?"
                        + " and at > clock_timestamp() - make_interval(secs => ?)"
                        + " and at > coalesce((select max(at) from operator_audit where operator = ? and action = ?),"
                        + " '-infinity')")) {
            count.setString(1, operator);
            count.setString(2, AuditEntry.LOGIN);
            count.setString(3, FAILED);
            count.setDouble(4, seconds(window));
            count.setString(5, operator);
            count.setString(6, AuditEntry.LOCKOUT);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
