package io.anonpay.launcher;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The application server each party runs on; every party of one system runs on the same kind. */
public enum ServerRuntime {
    /** The default: Payara Micro, one instance per party. */
    PAYARA_MICRO("payara-micro"),
    /** WildFly 39 (standalone-full), one server per party, set up as docs/deploy.md says. */
    WILDFLY("wildfly"),
    /** Payara Server 6, one domain per party, configured by the commands of docs/deploy.md. */
    PAYARA_SERVER("payara-server");

    private final String option;

    ServerRuntime(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    static ServerRuntime named(String option) {
        return Arrays.stream(values()).filter(runtime -> runtime.option.equals(option)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--runtime is one of " + Arrays.stream(values())
                        .map(ServerRuntime::option).collect(Collectors.joining(", ")) + ", not '" + option + "'"));
    }
}
