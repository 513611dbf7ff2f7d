package io.anonpay.credit.platform;

import io.anonpay.credit.CreditDeployment;
import io.anonpay.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The credit company's operator audit trail: a card issued, a card refused and a failed login each leave one row,
 * read back at api/operator/audit; the table refuses UPDATE and DELETE even to the role that owns it.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorAuditIT {

    private static final String OPERATOR = System.getenv().getOrDefault("OPERATOR_USER", "operator");
    private static final String TRIED_PASSWORD = "not-the-operator-password-7Qx";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    private final Trail audit = new Trail();

    @Test
    void anIssuedCardIsRecordedWithItsIdAndTheOperator() throws Exception {
        Http.Reply issued = Http.at(base.toURI()).asOperator().post("api/cards", """
                {"customerName": "Audrey Audit", "limit": {"amount": 100, "currency": "EUR"},
                 "password": "long enough password"}""").expect(201);
        String cardId = String.valueOf(issued.object().getJsonNumber("id").longValue());

        List<JsonObject> rows = audit.since(0).stream()
                .filter(row -> row.getString("action").equals("card.issue")
                        && cardId.equals(row.getString("target", null))).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString("operator")).isEqualTo(OPERATOR);
        assertThat(rows.get(0).getString("outcome")).isEqualTo("succeeded");
        assertThat(rows.get(0).toString()).doesNotContain("Audrey");
    }

    @Test
    void aRefusedIssueIsRecordedWithItsProblemType() throws Exception {
        long before = audit.newestId();
        Http.at(base.toURI()).asOperator().post("api/cards", """
                {"customerName": "Audrey Audit", "limit": {"currency": "EUR"}, "password": "long enough password"}""")
                .expect(400);

        List<JsonObject> rows = audit.since(before);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getString("action")).isEqualTo("card.issue");
            assertThat(row.getString("outcome")).isEqualTo("https://anonpay.io/problems/invalid-request");
            assertThat(row.containsKey("target")).isFalse();
        });
    }

    @Test
    void aFailedLoginIsRecordedWithoutThePasswordTried() throws Exception {
        long before = audit.newestId();
        Http.at(base.toURI()).as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        Http.at(base.toURI()).as("mallory", TRIED_PASSWORD).post("api/cards", "{}").expect(401);

        List<JsonObject> rows = audit.since(before);
        assertThat(rows).extracting(row -> row.getString("operator") + " " + row.getString("action") + " "
                + row.getString("outcome")).containsExactly(
                "(unknown) operator.login https://anonpay.io/problems/operator-credential-required",
                OPERATOR + " operator.login https://anonpay.io/problems/operator-credential-required");
        assertThat(rows.toString()).doesNotContain(TRIED_PASSWORD).doesNotContain("mallory");
    }

    @Test
    void theTrailIsReadInPagesNewestFirst() throws Exception {
        Http.at(base.toURI()).as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        Http.at(base.toURI()).as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);

        JsonObject first = Http.at(base.toURI()).asOperator().get("api/operator/audit?limit=1").expect(200).object();
        assertThat(first.getJsonArray("entries")).hasSize(1);
        long newest = first.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        long nextBefore = first.getJsonNumber("nextBefore").longValue();
        assertThat(nextBefore).isEqualTo(newest);
        JsonObject second = Http.at(base.toURI()).asOperator().get("api/operator/audit?limit=1&before=" + nextBefore)
                .expect(200).object();
        assertThat(second.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue())
                .isLessThan(newest);

        assertThat(Http.at(base.toURI()).asOperator().get("api/operator/audit?limit=201").expect(400).object()
                .getString("type")).isEqualTo("https://anonpay.io/problems/invalid-request");
        Http.at(base.toURI()).get("api/operator/audit").expect(401);
    }

    @Test
    void theTableRefusesUpdateAndDeleteEvenToItsOwner() throws Exception {
        Http.at(base.toURI()).as(OPERATOR, TRIED_PASSWORD).get("api/operator/audit").expect(401);
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update operator_audit set outcome = 'succeeded'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from operator_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate operator_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(audit.newestId()).isPositive();
    }

    /** The trail as the operator reads it. */
    private final class Trail {

        long newestId() throws Exception {
            JsonObject page = Http.at(base.toURI()).asOperator().get("api/operator/audit?limit=1").expect(200).object();
            return page.getJsonArray("entries").isEmpty() ? 0
                    : page.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        }

        /** The rows newer than {@code id}, newest first (the tests run one at a time: no one else writes). */
        List<JsonObject> since(long id) throws Exception {
            return Http.at(base.toURI()).asOperator().get("api/operator/audit?limit=200").expect(200).object()
                    .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                    .filter(row -> row.getJsonNumber("id").longValue() > id).toList();
        }
    }
}
