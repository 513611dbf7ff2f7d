package io.anonpay.mall.platform;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import org.apache.activemq.ActiveMQXAConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.transaction.xa.XAException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Releases settlement results and shipping receipts stranded in the broker by a mall killed in the middle of
 * applying them. The mall consumes in XA: the broker's branch is prepared, the database commits, then the broker's
 * branch commits. A kill between the two phases leaves the branch prepared in a running broker, its message locked
 * and, when the database had not committed yet, its result not applied, until the broker restarts. Every
 * {@value #SWEEP_SECONDS} s this sweep rolls back the branches that were already prepared at the previous one
 * ({@link PreparedBranchSweep}); their messages are delivered again. The broker must be anonpay's own: other XA
 * clients' branches would be rolled back too.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StrandedDeliveries {

    static final String SWEEP_SECONDS = "20";
    private static final Logger LOG = Logger.getLogger(StrandedDeliveries.class.getName());

    @Inject
    @ConfigProperty(name = "jms.url")
    String brokerUrl;

    private final PreparedBranchSweep sweep = new PreparedBranchSweep();
    private XAConnection connection;
    private XASession session;

    @Schedule(second = "*/" + SWEEP_SECONDS, minute = "*", hour = "*", persistent = false)
    synchronized void release() {
        try {
            List<String> released = sweep.sweep(session().getXAResource());
            if (!released.isEmpty()) {
                LOG.warning(() -> "rolled back " + released.size() + " XA branch(es) left prepared in the broker by a"
                        + " mall that stopped between the two phases; their messages are delivered again: " + released);
            }
        } catch (JMSException | XAException | RuntimeException e) {
            // The broker may be down: the next sweep tries again with a new connection.
            LOG.warning(() -> "could not sweep the broker's prepared XA branches: " + e);
            close();
        }
    }

    private XASession session() throws JMSException {
        if (session == null) {
            connection = new ActiveMQXAConnectionFactory(brokerUrl).createXAConnection();
            session = connection.createXASession();
        }
        return session;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException ignored) {
            // closing a broken connection: nothing left to release
        } finally {
            connection = null;
            session = null;
        }
    }
}
