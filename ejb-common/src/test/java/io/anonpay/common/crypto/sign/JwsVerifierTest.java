package io.anonpay.common.crypto.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anonpay.common.crypto.Base64Url;
import io.anonpay.common.crypto.KeyRing;
import io.anonpay.common.crypto.sign.SignatureRejectedException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwsVerifierTest {

    static final String TYP = "anonpay.test.v1+jwt";
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing mall = KeyRing.generate(RANDOM);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final JsonObject body = Json.createObjectBuilder().add("purchaseId", "p-1").build();
    private final TrustedKeys trusted = TrustedKeys.of(Map.of("mall", mall.publicKeys()));

    private String token() {
        return new JwsSigner(mall.activeSigningKey(), clock).sign(TYP, "mall", "credit", NOW.plusSeconds(600), body);
    }

    private JwsVerifier verifierAt(Instant now) {
        return new JwsVerifier(trusted, Clock.fixed(now, ZoneOffset.UTC), ReplayGuard.none());
    }

    @Test
    void acceptsAGenuineMessageAndReturnsItsClaims() {
        VerifiedToken verified = verifierAt(NOW).verify(token(), TYP, "credit");

        assertThat(verified.issuer()).isEqualTo("mall");
        assertThat(verified.audience()).isEqualTo("credit");
        assertThat(verified.kid()).isEqualTo(mall.activeSigningKey().kid());
        assertThat(verified.issuedAt()).isEqualTo(NOW);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(verified.jti()).matches("[0-9a-f-]{36}");
        assertThat(verified.claims().getString("purchaseId")).isEqualTo("p-1");
    }

    @Test
    void headerNamesAlgKidAndType() {
        String header = new String(Base64Url.decode(token().split("\\.")[0]).orElseThrow(), StandardCharsets.UTF_8);
        JsonObject json = Json.createReader(new java.io.StringReader(header)).readObject();

        assertThat(json.getString("alg")).isEqualTo("EdDSA");
        assertThat(json.getString("typ")).isEqualTo(TYP);
        assertThat(json.getString("kid")).isEqualTo(mall.activeSigningKey().kid());
    }

    @Test
    void everyTokenHasItsOwnId() {
        assertThat(verifierAt(NOW).verify(token(), TYP, "credit").jti())
                .isNotEqualTo(verifierAt(NOW).verify(token(), TYP, "credit").jti());
    }

    @Test
    void rejectsAnUntrustedIssuer() {
        JwsVerifier verifier = new JwsVerifier(TrustedKeys.of(Map.of()), clock, ReplayGuard.none());
        assertRejected(() -> verifier.verify(token(), TYP, "credit"), Reason.UNKNOWN_ISSUER);
    }

    @Test
    void rejectsAKeyTheIssuerDoesNotPublish() {
        String forged = new JwsSigner(KeyRing.generate(RANDOM).activeSigningKey(), clock)
                .sign(TYP, "mall", "credit", NOW.plusSeconds(600), body);
        assertRejected(() -> verifierAt(NOW).verify(forged, TYP, "credit"), Reason.UNKNOWN_KEY);
    }

    @Test
    void rejectsATamperedPayload() {
        String[] parts = token().split("\\.");
        String payload = new String(Base64Url.decode(parts[1]).orElseThrow(), StandardCharsets.UTF_8).replace("p-1", "p-2");
        String tampered = parts[0] + "." + Base64Url.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRejected(() -> verifierAt(NOW).verify(tampered, TYP, "credit"), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsASignatureFromAnotherKeyUnderTheRightKid() {
        String[] genuine = token().split("\\.");
        String[] other = new JwsSigner(KeyRing.generate(RANDOM).activeSigningKey(), clock)
                .sign(TYP, "mall", "credit", NOW.plusSeconds(600), body).split("\\.");

        assertRejected(() -> verifierAt(NOW).verify(genuine[0] + "." + genuine[1] + "." + other[2], TYP, "credit"),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAnotherMessageType() {
        assertRejected(() -> verifierAt(NOW).verify(token(), "anonpay.other.v1+jwt", "credit"), Reason.WRONG_TYPE);
    }

    @Test
    void rejectsAMessageForSomeoneElse() {
        assertRejected(() -> verifierAt(NOW).verify(token(), TYP, "shipping"), Reason.WRONG_AUDIENCE);
    }

    @Test
    void acceptsWithinTheSkewAndRejectsWhenExpired() {
        String token = token();
        Instant expiry = NOW.plusSeconds(600);

        assertThat(verifierAt(expiry.plus(JwsVerifier.DEFAULT_SKEW)).verify(token, TYP, "credit")).isNotNull();
        assertRejected(() -> verifierAt(expiry.plus(JwsVerifier.DEFAULT_SKEW).plusSeconds(1)).verify(token, TYP, "credit"),
                Reason.EXPIRED);
    }

    @Test
    void rejectsAMessageFromTheFuture() {
        String token = token();

        assertThat(verifierAt(NOW.minus(JwsVerifier.DEFAULT_SKEW)).verify(token, TYP, "credit")).isNotNull();
        assertRejected(() -> verifierAt(NOW.minus(Duration.ofMinutes(5))).verify(token, TYP, "credit"), Reason.NOT_YET_VALID);
    }

    @Test
    void rejectsAReplayButNotAForgeryOfTheSameId() {
        Set<String> seen = new HashSet<>();
        JwsVerifier verifier = new JwsVerifier(trusted, clock, (issuer, jti, expiresAt) -> seen.add(issuer + "/" + jti));
        String token = token();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Base64Url.encode(new byte[64]);

        assertRejected(() -> verifier.verify(forged, TYP, "credit"), Reason.BAD_SIGNATURE);
        assertThat(verifier.verify(token, TYP, "credit")).isNotNull();
        assertRejected(() -> verifier.verify(token, TYP, "credit"), Reason.REPLAYED);
    }

    @Test
    void rejectsMalformedTokens() {
        String[] parts = token().split("\\.");
        String noneAlg = Base64Url.encode("{\"alg\":\"none\",\"kid\":\"abc\",\"typ\":\"x\"}".getBytes()) + "." + parts[1] + "." + parts[2];
        String crit = Base64Url.encode(("{\"alg\":\"EdDSA\",\"kid\":\"" + mall.activeSigningKey().kid()
                + "\",\"typ\":\"" + TYP + "\",\"crit\":[\"x\"]}").getBytes()) + "." + parts[1] + "." + parts[2];
        String notJson = parts[0] + "." + Base64Url.encode("not json".getBytes()) + "." + parts[2];
        String noExp = parts[0] + "." + Base64Url.encode("{\"iss\":\"mall\",\"aud\":\"credit\",\"iat\":1,\"jti\":\"j\"}".getBytes()) + "." + parts[2];
        String stringExp = parts[0] + "." + Base64Url.encode("{\"iss\":\"mall\",\"aud\":\"credit\",\"iat\":1,\"exp\":\"2\",\"jti\":\"j\"}".getBytes()) + "." + parts[2];
        String hugeExp = parts[0] + "." + Base64Url.encode("{\"iss\":\"mall\",\"aud\":\"credit\",\"iat\":1,\"exp\":1e400,\"jti\":\"j\"}".getBytes()) + "." + parts[2];

        for (String bad : new String[] {null, "", "a.b", "a.b.c.d", parts[0] + "." + parts[1] + ".", "a.b.c",
                noneAlg, crit, notJson, noExp, stringExp, hugeExp, token() + "=", "x".repeat(20_000)}) {
            assertRejected(() -> verifierAt(NOW).verify(bad, TYP, "credit"), Reason.MALFORMED);
        }
    }

    @Test
    void refusesToSignRegisteredClaimsInTheBody() {
        JsonObject sneaky = Json.createObjectBuilder().add("aud", "shipping").build();

        assertThatThrownBy(() -> new JwsSigner(mall.activeSigningKey(), clock).sign(TYP, "mall", "credit", NOW.plusSeconds(60), sneaky))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(Runnable action, Reason reason) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
