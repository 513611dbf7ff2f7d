package io.anonpay.mall.platform;

import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreparedBranchSweepTest {

    private final Broker broker = new Broker();
    private final PreparedBranchSweep sweep = new PreparedBranchSweep();

    @Test
    void aBranchIsRolledBackOnlyWhenItIsStillPreparedAtTheNextSweep() throws XAException {
        broker.prepare("left-by-a-dead-mall");

        assertThat(sweep.sweep(broker)).as("first seen").isEmpty();
        broker.prepare("in-flight");
        assertThat(sweep.sweep(broker)).containsExactly(PreparedBranchSweep.key(xid("left-by-a-dead-mall")));

        assertThat(broker.prepared.keySet()).containsExactly("in-flight");
        assertThat(broker.rolledBack).containsExactly("left-by-a-dead-mall");
    }

    @Test
    void aBranchItsCoordinatorCommitsBetweenSweepsIsLeftAlone() throws XAException {
        broker.prepare("committed-in-time");
        sweep.sweep(broker);

        broker.commit(xid("committed-in-time"), false);

        assertThat(sweep.sweep(broker)).isEmpty();
        assertThat(broker.rolledBack).isEmpty();
    }

    @Test
    void aBranchResolvedBetweenRecoverAndRollbackIsNotAnError() throws XAException {
        broker.prepare("resolved-meanwhile");
        sweep.sweep(broker);
        broker.resolveBeforeRollback = true;

        assertThat(sweep.sweep(broker)).isEmpty();
    }

    @Test
    void otherBrokerFailuresReachTheCaller() throws XAException {
        broker.prepare("stuck");
        sweep.sweep(broker);
        broker.failRollbackWith = XAException.XAER_RMFAIL;

        assertThatThrownBy(() -> sweep.sweep(broker)).isInstanceOf(XAException.class);
    }

    private static Xid xid(String name) {
        return new Xid() {
            @Override
            public int getFormatId() {
                return 4711;
            }

            @Override
            public byte[] getGlobalTransactionId() {
                return name.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] getBranchQualifier() {
                return new byte[] {1};
            }
        };
    }

    /** A broker's XA view: recover lists the prepared branches as new Xid objects each time, as a real one does. */
    private static final class Broker implements XAResource {
        final Map<String, Boolean> prepared = new LinkedHashMap<>();
        final List<String> rolledBack = new ArrayList<>();
        boolean resolveBeforeRollback;
        int failRollbackWith;

        void prepare(String name) {
            prepared.put(name, true);
        }

        @Override
        public Xid[] recover(int flag) {
            return prepared.keySet().stream().map(PreparedBranchSweepTest::xid).toArray(Xid[]::new);
        }

        @Override
        public void rollback(Xid xid) throws XAException {
            String name = new String(xid.getGlobalTransactionId(), StandardCharsets.UTF_8);
            if (failRollbackWith != 0) {
                throw new XAException(failRollbackWith);
            }
            if (resolveBeforeRollback) {
                prepared.remove(name);
            }
            if (prepared.remove(name) == null) {
                throw new XAException(XAException.XAER_NOTA);
            }
            rolledBack.add(name);
        }

        @Override
        public void commit(Xid xid, boolean onePhase) {
            prepared.remove(new String(xid.getGlobalTransactionId(), StandardCharsets.UTF_8));
        }

        @Override
        public void end(Xid xid, int flags) {
        }

        @Override
        public void forget(Xid xid) {
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int prepare(Xid xid) {
            return XA_OK;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }

        @Override
        public void start(Xid xid, int flags) {
        }
    }
}
