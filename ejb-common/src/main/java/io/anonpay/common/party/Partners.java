package io.anonpay.common.party;

import static io.anonpay.common.crypto.sign.SignatureRejectedException.Reason.KEYS_UNAVAILABLE;

import io.anonpay.common.crypto.JwkSet;
import io.anonpay.common.crypto.PublicKeySet;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.crypto.sign.TrustedKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The partners this server knows, from {@code ANONPAY_PARTNERS}: a comma-separated list of
 * {@code role:id=baseUrl} (role mall, credit or shipping), e.g.
 * {@code credit:credit=http://127.0.0.1:8081/credit,shipping:shipping=http://127.0.0.1:8082/shipping}.
 * Their public keys come from their {@code api/keys} ({@link PartnerKeys}); the last set fetched is kept in
 * {@code partners/} of the key directory {@code ANONPAY_KEYS_DIR}.
 */
@ApplicationScoped
public class Partners implements TrustedKeys {

    private static final Logger LOG = Logger.getLogger(Partners.class.getName());

    @Inject
    @ConfigProperty(name = "anonpay.partners", defaultValue = "")
    String configured;

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String keysDirectory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private List<Partner> partners;
    private PartnerKeys keys;

    @PostConstruct
    void parse() {
        partners = parse(configured);
        keys = new PartnerKeys(this::fetch, Path.of(keysDirectory).resolve("partners"), Clock.systemUTC());
    }

    static List<Partner> parse(String spec) {
        List<Partner> parsed = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            int equals = trimmed.indexOf('=');
            if (colon < 1 || equals < colon + 2) {
                throw new IllegalArgumentException("ANONPAY_PARTNERS entry '" + trimmed + "' is not role:id=baseUrl");
            }
            Partner.Role role = Partner.Role.valueOf(trimmed.substring(0, colon).strip().toUpperCase());
            String id = trimmed.substring(colon + 1, equals).strip();
            parsed.add(new Partner(role, id, displayName(id), URI.create(trimmed.substring(equals + 1).strip())));
        }
        return List.copyOf(parsed);
    }

    private static String displayName(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }

    public List<Partner> all(Partner.Role role) {
        return partners.stream().filter(p -> p.role() == role).toList();
    }

    public Optional<Partner> find(Partner.Role role, String id) {
        return partners.stream().filter(p -> p.role() == role && p.id().equals(id)).findFirst();
    }

    public Optional<Partner> find(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The partner's published keys, or the last we fetched while it cannot be reached; empty for a stranger, or
     * when we never had them.
     */
    public Optional<PublicKeySet> knownKeys(String id) {
        return find(id).flatMap(keys::of);
    }

    /**
     * @throws SignatureRejectedException {@code signature-keys-unavailable} (503) for a partner whose keys we
     *                                    never had and cannot fetch now: the message may be genuine, so ask again
     */
    @Override
    public Optional<PublicKeySet> keysOf(String issuer) {
        return keysOf(issuer, null);
    }

    @Override
    public Optional<PublicKeySet> keysOf(String issuer, String kid) {
        Optional<Partner> partner = find(issuer);
        if (partner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(keys.of(partner.get(), kid).orElseThrow(() -> new SignatureRejectedException(
                KEYS_UNAVAILABLE, "the keys of " + issuer + " cannot be fetched now; try again in "
                + KEYS_UNAVAILABLE.retryAfterSeconds() + " s")));
    }

    private Optional<PublicKeySet> fetch(Partner partner) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(partner.resolve("api/keys"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "keys of " + partner.id() + ": HTTP " + response.statusCode());
                return Optional.empty();
            }
            return Optional.of(JwkSet.parse(response.body()));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning(() -> "keys of " + partner.id() + " unavailable: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
