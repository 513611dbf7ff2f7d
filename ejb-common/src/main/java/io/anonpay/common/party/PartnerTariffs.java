package io.anonpay.common.party;

import io.anonpay.common.contract.InvalidContractException;
import io.anonpay.common.contract.Tariff;
import io.anonpay.common.crypto.sign.SignatureRejectedException;
import io.anonpay.common.json.Jsonp;
import io.anonpay.common.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The shipping companies' signed tariffs, as they publish them: the current one at {@code api/tariff}, each one
 * ever published at {@code api/tariffs/{version}}, both as {@code {"signed": "<JWS>", …}}. Nothing is believed
 * before its signature verifies with the company's published keys. A version never changes, so once verified it
 * is kept, in memory and in {@code partners/tariffs/} of the key directory, and a restart while the company is
 * unreachable still knows it. The current tariff is asked for again after {@link #KEEP}; while the company cannot
 * be reached, or publishes something that does not verify, the last one verified serves (asked again every
 * {@link #RETRY}, with a warning each time).
 */
@ApplicationScoped
public class PartnerTariffs {

    static final Duration KEEP = Duration.ofMinutes(1);
    static final Duration RETRY = Duration.ofSeconds(10);
    static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(PartnerTariffs.class.getName());

    @Inject
    @ConfigProperty(name = "anonpay.keys.dir")
    String keysDirectory;

    @Inject
    Partners partners;

    @Inject
    PartyContracts contracts;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Tariff> versions = new ConcurrentHashMap<>();
    private final Map<String, Current> current = new ConcurrentHashMap<>();
    private Path directory;

    @PostConstruct
    void init() {
        directory = Path.of(keysDirectory).resolve("partners").resolve("tariffs");
    }

    /**
     * The tariff {@code shippingCompany} publishes now.
     *
     * @throws ProblemException {@code unknown-shipping-company} (400) for a company this server does not deal
     *                          with, {@code tariff-not-verified} (422) when what it publishes does not verify,
     *                          {@code tariff-unavailable} (503) when it was never had and cannot be fetched now
     */
    public Tariff current(String shippingCompany) {
        Partner company = shippingCompany(shippingCompany);
        Current held = current.computeIfAbsent(company.id(), id -> new Current(read(company, "current")));
        Instant now = Instant.now();
        synchronized (held) {
            if (held.tariff == null || now.isAfter(held.freshUntil) && !now.isBefore(held.nextAttempt)) {
                held.nextAttempt = now.plus(RETRY);
                try {
                    String signed = fetch(company, "api/tariff");
                    Tariff tariff = verified(company, signed, null);
                    held.tariff = tariff;
                    held.freshUntil = now.plus(KEEP);
                    versions.putIfAbsent(key(company.id(), tariff.version()), tariff);
                    write(company, "current", signed);
                    write(company, tariff.version(), signed);
                } catch (Unavailable unavailable) {
                    if (held.tariff == null) {
                        throw unavailable.problem();
                    }
                } catch (ProblemException notVerified) {
                    // what it publishes now does not verify: the last tariff it signed still does
                    if (held.tariff == null) {
                        throw notVerified;
                    }
                }
            }
            return held.tariff;
        }
    }

    /**
     * The tariff {@code version} of {@code shippingCompany}, which instructions named.
     *
     * @throws ProblemException as {@link #current(String)}, and {@code tariff-not-verified} (422) also for a
     *                          version the company does not publish
     */
    public Tariff version(String shippingCompany, String version) {
        Partner company = shippingCompany(shippingCompany);
        if (!Tariff.isVersion(version)) {
            throw notVerified(company, "'" + version + "' is not a tariff version");
        }
        Tariff known = versions.get(key(company.id(), version));
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = versions.get(key(company.id(), version));
            if (known != null) {
                return known;
            }
            Tariff tariff = read(company, version);
            if (tariff == null) {
                String signed;
                try {
                    signed = fetch(company, "api/tariffs/" + version);
                } catch (Unavailable unavailable) {
                    throw unavailable.problem();
                }
                tariff = verified(company, signed, version);
                write(company, version, signed);
            }
            versions.put(key(company.id(), version), tariff);
            return tariff;
        }
    }

    private Partner shippingCompany(String id) {
        return partners.find(Partner.Role.SHIPPING, id).orElseThrow(() -> ProblemException.invalid(
                "unknown-shipping-company", "this server does not deal with a shipping company '" + id + "'"));
    }

    /** The signed tariff verified as the company's, and of the version asked for. */
    private Tariff verified(Partner company, String signed, String version) {
        Tariff tariff;
        try {
            tariff = contracts.with(Partner.Role.SHIPPING).verifyTariff(signed);
        } catch (SignatureRejectedException rejected) {
            if (rejected.reason() == SignatureRejectedException.Reason.KEYS_UNAVAILABLE) {
                throw new Unavailable(company, rejected.getMessage()).problem();
            }
            throw notVerified(company, rejected.getMessage());
        }
        if (!tariff.shippingCompany().equals(company.id())) {
            throw notVerified(company, "it is signed by " + tariff.shippingCompany());
        }
        if (version != null && !tariff.version().equals(version)) {
            throw notVerified(company, "asked for version " + version + ", it published " + tariff.version());
        }
        return tariff;
    }

    private static ProblemException notVerified(Partner company, String why) {
        LOG.warning(() -> "tariff of " + company.id() + " refused: " + why);
        return new ProblemException("tariff-not-verified", "Tariff not verified", 422, "the tariff of "
                + company.id() + " cannot be used: " + why);
    }

    private String fetch(Partner company, String path) {
        URI uri = company.resolve(path);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable(company, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(company, "interrupted");
        }
        if (response.statusCode() == 404) {
            throw notVerified(company, path + " is not published");
        }
        if (response.statusCode() != 200) {
            throw new Unavailable(company, path + ": HTTP " + response.statusCode());
        }
        try (JsonReader reader = Jsonp.reader(response.body())) {
            JsonObject body = reader.readObject();
            return body.getString("signed");
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw notVerified(company, path + " does not carry a signed tariff");
        }
    }

    private Path file(Partner company, String name) {
        return directory.resolve(company.id() + "-" + name + ".jwt");
    }

    /** A tariff kept from an earlier fetch, verified again (its signature may have expired: then it is fetched). */
    private Tariff read(Partner company, String name) {
        Path file = file(company, name);
        try {
            return verified(company, Files.readString(file).strip(), "current".equals(name) ? null : name);
        } catch (NoSuchFileException never) {
            return null;
        } catch (IOException | ProblemException | InvalidContractException e) {
            LOG.info(() -> "tariff " + name + " of " + company.id() + " in " + file + " not used: " + e);
            return null;
        }
    }

    private void write(Partner company, String name, String signed) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, company.id() + "-", ".partial");
            Files.writeString(partial, signed);
            Files.move(partial, file(company, name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning(() -> "tariff of " + company.id() + " cannot be kept in " + directory + ": " + e);
        }
    }

    private static String key(String company, String version) {
        return company + "/" + version;
    }

    private static final class Current {
        Tariff tariff;
        Instant freshUntil = Instant.MIN;
        Instant nextAttempt = Instant.MIN;

        Current(Tariff fromDisk) {
            tariff = fromDisk;
        }
    }

    /** The company cannot be asked now. */
    private static final class Unavailable extends RuntimeException {
        private final transient Partner company;

        Unavailable(Partner company, String why) {
            super(why, null, false, false);
            this.company = company;
        }

        ProblemException problem() {
            LOG.warning(() -> "tariff of " + company.id() + " unavailable: " + getMessage());
            return new ProblemException("tariff-unavailable", "Tariff unavailable", 503, "the tariff of "
                    + company.id() + " cannot be fetched now; try again in " + RETRY_AFTER_SECONDS + " s",
                    RETRY_AFTER_SECONDS);
        }
    }
}
