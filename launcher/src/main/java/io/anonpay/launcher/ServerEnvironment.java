package io.anonpay.launcher;

import io.anonpay.embedded.ServerDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a server is told through its environment, which its MicroProfile Config reads: its database, the broker,
 * its key directory, the operator's credential, its own URL and its partners.
 */
final class ServerEnvironment {

    private ServerEnvironment() {
    }

    static Map<String, String> of(Server server, ServerDatabase database, String brokerUrl, Path keysDir,
                                  Secrets secrets, Function<Server, String> baseUrls) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("JMS_URL", brokerUrl);
        env.put("ANONPAY_KEYS_DIR", keysDir.toString());
        env.put("OPERATOR_USER", secrets.operatorUser());
        env.put("OPERATOR_PASSWORD", secrets.operatorPassword());
        env.put("ANONPAY_PUBLIC_URL", baseUrls.apply(server));
        List<String> partners = new ArrayList<>();
        for (Server partner : Server.values()) {
            env.put(partner.urlVariable(), baseUrls.apply(partner));
            if (partner != server) {
                partners.add(partner.id() + ":" + partner.id() + "=" + baseUrls.apply(partner));
            }
        }
        // role:id=baseUrl,... (see io.anonpay.common.party.Partners); role and id coincide for the embedded system
        env.put("ANONPAY_PARTNERS", String.join(",", partners));
        return env;
    }
}
