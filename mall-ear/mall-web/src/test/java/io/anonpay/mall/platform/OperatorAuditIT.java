package io.anonpay.mall.platform;

import io.anonpay.it.Http;
import io.anonpay.mall.MallDeployment;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mall's operator audit trail: a product added, the same product refused, a cancellation of an unknown purchase
 * and a failed login each leave one row, with no product name, purchase id or password in it; the table refuses
 * UPDATE and DELETE even to its owner.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorAuditIT {

    private static final String OPERATOR = System.getenv().getOrDefault("OPERATOR_USER", "operator");
    private static final String TRIED_PASSWORD = "not-the-operator-password-7Qx";
    private static final String REFUSED_LOGIN = "https://anonpay.io/problems/operator-credential-required";

    @Deployment(testable = false)
    static WebArchive mall() {
        return MallDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return Http.at(URI.create(base.toString()));
    }

    private static String product(String name) {
        return """
                {"name":"%s","description":"a test item","price":{"amount":2499,"currency":"EUR"},
                 "size":{"lengthCm":30,"widthCm":20,"heightCm":10,"weightGrams":1500}}
                """.formatted(name);
    }

    @Test
    void anAddedProductAndARefusedDuplicateAreRecordedWithoutTheName() {
        String name = "Audited teapot " + UUID.randomUUID();
        long before = newestId();

        long id = http().asOperator().post("api/products", product(name)).expect(201).object().getJsonNumber("id")
                .longValue();
        http().asOperator().post("api/products", product(name)).expect(409);

        List<JsonObject> rows = since(before);
        assertThat(rows).extracting(AuditRow::of).containsExactly(
                new AuditRow(OPERATOR, "product.add", null, "https://anonpay.io/problems/product-exists"),
                new AuditRow(OPERATOR, "product.add", Long.toString(id), "succeeded"));
        assertThat(rows.toString()).doesNotContain("teapot");
    }

    @Test
    void aRefusedCancellationNamesThePurchaseByDigestOnly() throws Exception {
        String purchaseId = "not-a-purchase-" + UUID.randomUUID();
        long before = newestId();

        Http.Reply refused = http().asOperator().send("POST", "api/operator/purchases/" + purchaseId + "/cancellation",
                null, null);
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);

        List<JsonObject> rows = since(before);
        assertThat(rows).extracting(AuditRow::of).containsExactly(new AuditRow(OPERATOR, "purchase.cancel",
                digest(purchaseId), refused.object().getString("type")));
        assertThat(rows.toString()).doesNotContain(purchaseId);
    }

    @Test
    void aFailedLoginIsRecordedWithoutThePasswordTried() {
        long before = newestId();
        http().as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        http().as("mallory", TRIED_PASSWORD).post("api/products", product("Guessed " + UUID.randomUUID()))
                .expect(401);

        List<JsonObject> rows = since(before);
        assertThat(rows).extracting(AuditRow::of).containsExactly(
                new AuditRow("(unknown)", "operator.login", null, REFUSED_LOGIN),
                new AuditRow(OPERATOR, "operator.login", null, REFUSED_LOGIN));
        assertThat(rows.toString()).doesNotContain(TRIED_PASSWORD).doesNotContain("mallory");
    }

    @Test
    void theTableRefusesUpdateAndDeleteEvenToItsOwner() throws Exception {
        http().as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update operator_audit set outcome = 'succeeded'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from operator_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(newestId()).isPositive();
    }

    record AuditRow(String operator, String action, String target, String outcome) {
        static AuditRow of(JsonObject row) {
            return new AuditRow(row.getString("operator"), row.getString("action"), row.getString("target", null),
                    row.getString("outcome"));
        }
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
