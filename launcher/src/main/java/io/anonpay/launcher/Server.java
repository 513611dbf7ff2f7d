package io.anonpay.launcher;

import java.util.Locale;

/** The three anonpay servers, each a deployable of its own on a server JVM of its own. */
public enum Server {
    MALL(8080),
    CREDIT(8081),
    SHIPPING(8082);

    private final int defaultPort;

    Server(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** Lower-case name: the WAR's file name, its context root, its database and its directory. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String warFileName() {
        return id() + ".war";
    }

    /**
     * The file the runtime deploys: a full application server takes the mall as its EAR (Payara Micro cannot
     * deploy one), every runtime takes the credit and shipping companies as their WARs.
     */
    public String deployable(ServerRuntime runtime) {
        return this == MALL && runtime != ServerRuntime.PAYARA_MICRO ? id() + ".ear" : warFileName();
    }

    /** The environment variable through which the partners learn this server's base URL, e.g. {@code MALL_URL}. */
    public String urlVariable() {
        return name() + "_URL";
    }
}
