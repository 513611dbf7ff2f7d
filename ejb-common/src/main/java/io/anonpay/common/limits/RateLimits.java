package io.anonpay.common.limits;

import io.anonpay.common.metrics.MeterNames;
import io.anonpay.common.metrics.Metrics;
import io.micrometer.core.instrument.Gauge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's limits, from MicroProfile Config: {@code anonpay.limits.<operation>.per-minute} and
 * {@code .burst}, falling back to {@code anonpay.limits.per-minute} and {@code anonpay.limits.burst}. The defaults
 * let one address call each operation a thousand times at once and a thousand times a second: the benchmark's 16
 * clients and the system tests all come from 127.0.0.1, and this machine serves fewer than 250 a second of any
 * limited operation, so only a flood from one address is cut. Behind a proxy, set lower figures per client
 * (docs/operations.md). The buckets live in this instance's memory: n instances let a client n times the rate.
 */
@ApplicationScoped
public class RateLimits {

    static final long DEFAULT_PER_MINUTE = 60_000;
    static final int DEFAULT_BURST = 1_000;
    static final String PREFIX = "anonpay.limits.";

    @Inject
    @ConfigProperty(name = "anonpay.limits.clients", defaultValue = "10000")
    int clients;

    @Inject
    @ConfigProperty(name = "anonpay.limits.client-header")
    Optional<String> clientHeader;

    @Inject
    Metrics metrics;

    private final Map<String, Rate> rates = new ConcurrentHashMap<>();
    private TokenBuckets buckets;

    @PostConstruct
    void start() {
        buckets = new TokenBuckets(clients);
        Gauge.builder(MeterNames.LIMITED_CLIENTS, buckets, TokenBuckets::size)
                .description("Client and operation pairs whose rate limit this instance holds in memory")
                .strongReference(true).register(metrics.registry());
    }

    /** @return zero when the client may call the operation now; otherwise the seconds until it may */
    public long admit(String operation, String client) {
        Rate rate = rates.computeIfAbsent(operation, RateLimits::configured);
        return rate.unlimited() ? 0 : buckets.take(client, operation, rate, System.nanoTime());
    }

    /** The header a trusted proxy sets to the client's address, when the servers sit behind one. */
    public Optional<String> clientHeader() {
        return clientHeader.map(String::trim).filter(name -> !name.isEmpty());
    }

    static Rate configured(String operation) {
        Config config = ConfigProvider.getConfig();
        long perMinute = config.getOptionalValue(PREFIX + operation + ".per-minute", Long.class)
                .orElseGet(() -> config.getOptionalValue(PREFIX + "per-minute", Long.class).orElse(DEFAULT_PER_MINUTE));
        int burst = config.getOptionalValue(PREFIX + operation + ".burst", Integer.class)
                .orElseGet(() -> config.getOptionalValue(PREFIX + "burst", Integer.class).orElse(DEFAULT_BURST));
        return new Rate(perMinute, burst);
    }
}
