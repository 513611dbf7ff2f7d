package io.anonpay.common.delivery;

import io.anonpay.common.contract.InvalidContractException;
import io.anonpay.common.crypto.seal.SealingException;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.crypto.sign.SignatureRejectedException.Reason;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFailureTest {

    @Test
    void aMessageThePurchaseRefusesIsRefusedForGoodWithItsReason() {
        DeliveryFailure failure = DeliveryFailure.of(new MessageRefusedException("no purchase 1a2b3c4d"));

        assertThat(failure).isEqualTo(new DeliveryFailure(true, "no purchase 1a2b3c4d"));
    }

    @Test
    void aRefusalWrappedByTheContainerIsStillARefusal() {
        DeliveryFailure failure = DeliveryFailure.of(new EJBException(
                new MessageRefusedException("a second approval for the paid purchase 1a2b3c4d by other")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.cause()).isEqualTo("a second approval for the paid purchase 1a2b3c4d by other");
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = "KEYS_UNAVAILABLE", mode = EnumSource.Mode.EXCLUDE)
    void aSignatureThatWillNeverVerifyIsRefusedForGood(Reason reason) {
        DeliveryFailure failure = DeliveryFailure.of(new SignatureRejectedException(reason, "no"));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.cause()).isEqualTo(reason.code() + ": no");
    }

    @Test
    void keysNotFetchedYetMayPass() {
        DeliveryFailure failure = DeliveryFailure.of(
                new SignatureRejectedException(Reason.KEYS_UNAVAILABLE, "cannot fetch the keys of credit"));

        assertThat(failure).isEqualTo(
                new DeliveryFailure(false, "signature-keys-unavailable: cannot fetch the keys of credit"));
    }

    @Test
    void anInvalidContractOrSealIsRefusedForGood() {
        assertThat(DeliveryFailure.of(new InvalidContractException("paymentSum", "missing")))
                .isEqualTo(new DeliveryFailure(true, "invalid message: paymentSum: missing"));
        assertThat(DeliveryFailure.of(new SealingException(SealingException.Reason.MALFORMED, "not a sealed identifier")).permanent()).isTrue();
    }

    @Test
    void theDatabaseMayPassAndOnlyItsFirstLineIsKept() {
        SQLException refused = new SQLException("""
                ERROR: new row for relation "purchase" violates check constraint "hold"
                  Detail: Failing row contains (1, \\x00, v1.secret, PAID).""", "23514");

        DeliveryFailure failure = DeliveryFailure.of(new IllegalStateException("not applied", new PersistenceException("flush", refused)));
        DeliveryFailure atCommit = DeliveryFailure.of(new EJBException(new PersistenceException("commit", refused)));

        assertThat(atCommit).isEqualTo(failure);
        assertThat(failure.permanent()).isFalse();
        assertThat(failure.cause())
                .isEqualTo("database: 23514 ERROR: new row for relation \"purchase\" violates check constraint \"hold\"")
                .doesNotContain("Failing row");
    }

    @Test
    void theUnexpectedMayPassAndIsNamedByItsDeepestCause() {
        DeliveryFailure failure = DeliveryFailure.of(new EJBException(new IllegalStateException("pool closed")));

        assertThat(failure).isEqualTo(new DeliveryFailure(false, "IllegalStateException: pool closed"));
    }

    @Test
    void aLongReasonIsCropped() {
        DeliveryFailure failure = DeliveryFailure.of(new MessageRefusedException("x".repeat(5000)));

        assertThat(failure.cause()).hasSize(300).endsWith("…");
    }

    @Test
    void pausesDoubleFromTheFirstAndStopAtTheLongest() {
        assertThat(DeliveryFailure.pauseBefore(1)).isEqualTo(Duration.ZERO);
        assertThat(DeliveryFailure.pauseBefore(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(DeliveryFailure.pauseBefore(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(DeliveryFailure.pauseBefore(6)).isEqualTo(Duration.ofMillis(3200));
        assertThat(DeliveryFailure.pauseBefore(7)).isEqualTo(Duration.ofMillis(6400));
        assertThat(DeliveryFailure.pauseBefore(8)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliveryFailure.pauseBefore(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
    }
}
