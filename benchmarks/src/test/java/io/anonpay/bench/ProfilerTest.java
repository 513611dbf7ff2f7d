package io.anonpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilerTest {

    private static final List<String> COLLAPSED = List.of(
            "java/lang/Thread.run;io/anonpay/credit/settlement/boundary/Settlements.pay;"
                    + "io/anonpay/credit/settlement/control/SettlementLedger$Proxy$_$$_Weld$EnterpriseProxy$.settle;"
                    + "org/eclipse/persistence/Query.execute 30",
            "java/lang/Thread.run;io/anonpay/credit/settlement/boundary/Settlements.pay;"
                    + "io/anonpay/common/crypto/seal/HpkeSuite.seal;org/bouncycastle/math/X25519Field.mul 50",
            "start_thread;CompileBroker::compile 20",
            "");

    @Test
    void countsSamplesByLeafByInnermostOwnFrameAndByShare() {
        Map<String, String> shareOf = new LinkedHashMap<>();
        shareOf.put("crypto", "org.bouncycastle.math");
        shareOf.put("JPA", "org.eclipse.persistence");
        shareOf.put("Argon2", "Argon2BytesGenerator");

        Profiler.Summary summary = Profiler.summarize(COLLAPSED, shareOf);

        assertThat(summary.samples()).isEqualTo(100);
        assertThat(summary.topSelf()).containsEntry("org.bouncycastle.math.X25519Field.mul", 50L)
                .containsEntry("CompileBroker::compile", 20L);
        // the container's proxy is skipped: the time is the caller's
        assertThat(summary.topAnonpay()).containsExactly(
                Map.entry("io.anonpay.common.crypto.seal.HpkeSuite.seal", 50L),
                Map.entry("io.anonpay.credit.settlement.boundary.Settlements.pay", 30L));
        assertThat(summary.shares()).containsEntry("crypto", 0.5).containsEntry("JPA", 0.3).containsEntry("Argon2", 0.0);
    }
}
