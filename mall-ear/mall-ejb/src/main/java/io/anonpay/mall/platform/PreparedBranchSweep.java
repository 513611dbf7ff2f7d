package io.anonpay.mall.platform;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Finds the broker's XA branches that stay prepared from one sweep to the next and rolls them back. A live mall
 * commits a prepared branch within milliseconds; one still prepared a sweep later was left by a mall that died
 * between the two phases (Payara keeps no transaction log to resolve it after a restart). Rolling it back puts its
 * message back on the queue, and the mall applies it again, which is harmless: results and receipts are applied
 * once per purchase whatever the number of deliveries. Not thread-safe: one sweeper calls it.
 */
final class PreparedBranchSweep {

    private Set<String> preparedAtLastSweep = Set.of();

    /** Rolls back what was already prepared at the last sweep; returns the branches it rolled back. */
    List<String> sweep(XAResource broker) throws XAException {
        Xid[] prepared = broker.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN);
        Set<String> now = new HashSet<>();
        List<String> rolledBack = new ArrayList<>();
        for (Xid xid : prepared == null ? new Xid[0] : prepared) {
            String key = key(xid);
            if (preparedAtLastSweep.contains(key)) {
                try {
                    broker.rollback(xid);
                    rolledBack.add(key);
                } catch (XAException gone) {
                    // its coordinator resolved it after all, between our recover and rollback
                    if (gone.errorCode != XAException.XAER_NOTA) {
                        throw gone;
                    }
                }
            } else {
                now.add(key);
            }
        }
        preparedAtLastSweep = Set.copyOf(now);
        return rolledBack;
    }

    static String key(Xid xid) {
        HexFormat hex = HexFormat.of();
        return xid.getFormatId() + ":" + hex.formatHex(xid.getGlobalTransactionId()) + ":"
                + hex.formatHex(xid.getBranchQualifier());
    }
}
