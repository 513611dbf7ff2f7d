package io.anonpay.shipping.tracking;

import io.anonpay.it.Http;
import io.anonpay.shipping.ShippingDeployment;
import io.anonpay.shipping.TestMall;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipping company's operator audit trail: a status change, a refused one and a failed login each leave one row,
 * the parcel named by a digest of its shipping id; the table refuses UPDATE and DELETE even to its owner.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorAuditIT {

    private static final String OPERATOR = System.getenv().getOrDefault("OPERATOR_USER", "operator");
    private static final String TRIED_PASSWORD = "not-the-operator-password-7Qx";
    private static final String REFUSED_LOGIN = "https://anonpay.io/problems/operator-credential-required";

    @Deployment(testable = false)
    static WebArchive shipping() {
        return ShippingDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return Http.at(URI.create(base.toString()));
    }

    @Test
    void aStatusChangeAndARefusedOneAreRecordedAgainstTheParcel() throws Exception {
        Http.Reply accepted = http().post("api/shipments",
                TestMall.request(TestMall.signed(TestMall.purchaseId(), 2400), "Grace Hopper")).expect(201);
        String shippingId = accepted.object().getString("shippingId");
        long before = newestId();

        http().asOperator().post("api/operator/shipments/" + shippingId + "/status", "{\"status\":\"IN_TRANSIT\"}")
                .expect(200);
        http().asOperator().post("api/operator/shipments/" + shippingId + "/status", "{\"status\":\"ACCEPTED\"}")
                .expect(409);

        assertThat(since(before)).extracting(row -> row.getString("operator") + " " + row.getString("action") + " "
                + row.getString("target") + " " + row.getString("outcome")).containsExactly(
                OPERATOR + " shipment.status " + digest(shippingId)
                        + " https://anonpay.io/problems/invalid-status-transition",
                OPERATOR + " shipment.status " + digest(shippingId) + " succeeded");
        assertThat(since(before).toString()).doesNotContain(shippingId).doesNotContain("Grace");
    }

    @Test
    void aFailedLoginIsRecordedWithoutThePasswordTried() throws Exception {
        long before = newestId();
        http().as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        http().as("mallory", TRIED_PASSWORD).get("api/operator/audit").expect(401);

        List<JsonObject> rows = since(before);
        assertThat(rows).extracting(row -> row.getString("operator") + " " + row.getString("action") + " "
                + row.getString("outcome")).containsExactly(
                "(unknown) operator.login " + REFUSED_LOGIN, OPERATOR + " operator.login " + REFUSED_LOGIN);
        assertThat(rows.toString()).doesNotContain(TRIED_PASSWORD).doesNotContain("mallory");
    }

    @Test
    void theTableRefusesUpdateAndDeleteEvenToItsOwner() throws Exception {
        http().as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update operator_audit set operator = 'someone'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from operator_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(newestId()).isPositive();
    }

    private long newestId() {
        List<JsonObject> newest = page(1);
        return newest.isEmpty() ? 0 : newest.get(0).getJsonNumber("id").longValue();
    }

    /** The rows newer than {@code id}, newest first (the tests run one at a time: no one else writes). */
    private List<JsonObject> since(long id) {
        return page(200).stream().filter(row -> row.getJsonNumber("id").longValue() > id).toList();
    }

    private List<JsonObject> page(int limit) {
        return http().asOperator().get("api/operator/audit?limit=" + limit).expect(200).object()
                .getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static String digest(String identifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(hash).substring(0, 16);
    }
}
