package io.anonpay.credit.card;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator issues a card only with every part of its limit given: an amount left out is refused (as
 * openapi.yaml's CardLimit requires it), not taken as a limit of 0.
 */
@ExtendWith(ArquillianExtension.class)
class CardIssueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CreditDeployment.packaged();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLimitWithoutAnAmountIsRefused() throws Exception {
        Http.Reply refused = Http.at(base.toURI()).asOperator().post("api/cards", """
                {"customerName": "Alice Example", "limit": {"currency": "EUR"}, "password": "long enough password"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject problem = refused.object();
        assertThat(problem.getString("type")).isEqualTo("https://anonpay.io/problems/invalid-request");
        assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("limit.amount");
    }

    @Test
    void aLimitWithAnAmountIssuesTheCard() throws Exception {
        Http.Reply issued = Http.at(base.toURI()).asOperator().post("api/cards", """
                {"customerName": "Alice Example", "limit": {"amount": 0, "currency": "EUR"},
                 "password": "long enough password"}""");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.object().getJsonObject("balance").getJsonNumber("amount").longValue()).isZero();
    }
}
