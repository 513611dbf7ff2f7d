package io.anonpay.mall.purchase;

import io.anonpay.it.Http;
import io.anonpay.mall.MallDeployment;
import io.anonpay.mall.TestMall;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cap on purchases awaiting payment, at its default (anonpay.purchases.max-awaiting-payment): the table is
 * filled up to it, as a flood would, and the next purchase is refused with 503 and Retry-After, creating nothing.
 * The mall counts again at every purge round (every 2 s here): once the flood is gone, purchases are taken again.
 */
@ExtendWith(ArquillianExtension.class)
class AwaitingPaymentCapIT {

    /** The default, as mall-config's microprofile-config.properties and docs/operations.md say. */
    private static final long CAP = 200_000;
    private static final String ORDER = "{\"items\":[{\"productId\":%d,\"quantity\":1}]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void pastTheCapAPurchaseIsRefusedWithRetryAfterAndNothingIsCreated() {
        TestMall mall = new TestMall(URI.create(base.toString()));
        String order = ORDER.formatted(mall.product(700, 10, 10, 10, 100));
        try {
            PurchaseRows.fill(CAP - PurchaseRows.awaitingPayment());

            Http.Reply refused = awaitStatus(mall, order, 503);
            long before = PurchaseRows.all();
            Http.Reply again = mall.http().post("api/purchases", order);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.isCompleteProblem()).as(refused.toString()).isTrue();
            assertThat(refused.object().getString("type")).endsWith("/too-many-awaiting-payment");
            assertThat(refused.retryAfter()).as("the purge interval, in seconds").isEqualTo("2");
            assertThat(again.status()).isEqualTo(503);
            assertThat(PurchaseRows.all()).as("nothing created").isEqualTo(before);
        } finally {
            PurchaseRows.removeFillers();
        }
        assertThat(awaitStatus(mall, order, 201).status()).as("once there is room again").isEqualTo(201);
    }

    /** The mall's answer to a purchase once it is {@code status}, or the last one after {@link TestMall#PATIENCE}. */
    private static Http.Reply awaitStatus(TestMall mall, String order, int status) {
        Instant deadline = Instant.now().plus(TestMall.PATIENCE);
        Http.Reply reply = mall.http().post("api/purchases", order);
        while (reply.status() != status && Instant.now().isBefore(deadline)) {
            TestMall.sleep(500);
            reply = mall.http().post("api/purchases", order);
        }
        return reply;
    }
}
