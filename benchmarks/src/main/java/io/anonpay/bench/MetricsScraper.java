package io.anonpay.bench;

import io.anonpay.launcher.Server;
import io.anonpay.testhttp.JsonHttp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads {@code <baseUrl>/metrics} of the three servers with the operator's credential, as Prometheus would. A
 * server that does not answer 200 with Prometheus text gives an empty scrape, and the reason is kept for the notes.
 */
final class MetricsScraper implements Supplier<Map<Server, Scrape>> {

    private final JsonHttp operator;
    private final Map<Server, String> urls = new EnumMap<>(Server.class);
    private final Set<String> problems = ConcurrentHashMap.newKeySet();

    MetricsScraper(JsonHttp http, Target target) {
        this.operator = http.as(target.operatorUser(), target.operatorPassword());
        urls.put(Server.MALL, target.mall() + "/metrics");
        urls.put(Server.CREDIT, target.credit() + "/metrics");
        urls.put(Server.SHIPPING, target.shipping() + "/metrics");
    }

    /** One scrape of each server, one after the other. */
    @Override
    public Map<Server, Scrape> get() {
        Map<Server, Scrape> scrapes = new EnumMap<>(Server.class);
        urls.forEach((server, url) -> scrapes.put(server, scrape(server, url)));
        return scrapes;
    }

    private Scrape scrape(Server server, String url) {
        try {
            JsonHttp.Reply reply = operator.get(url);
            if (reply.status() != 200) {
                problems.add(server.id() + ": GET /metrics answered " + reply.status());
                return Scrape.none();
            }
            return Scrape.parse(reply.body());
        } catch (RuntimeException e) {
            problems.add(server.id() + ": " + e.getMessage());
            return Scrape.none();
        }
    }

    /** What went wrong while scraping, once per kind; empty when every scrape was read. */
    List<String> problems() {
        return problems.stream().sorted().toList();
    }
}
