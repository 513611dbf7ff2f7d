package io.anonpay.launcher;

import java.util.Locale;

/** The text printed once everything is ready: where each server, its health, API description and log are. */
final class Summary {

    private Summary() {
    }

    static String of(AnonpaySystem system, double seconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nanonpay is ready (%.1f s)%n", seconds));
        for (ServerProcess instance : system.servers()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s%n", instance.server().id(), instance.baseUrl()))
                    .append(String.format(Locale.ROOT, "  %-9s health  %s   OpenAPI %s%n", "",
                            instance.healthReady(), instance.openApi()))
                    .append(String.format(Locale.ROOT, "  %-9s log     %s%n", "", instance.logFile()))
                    .append(String.format(Locale.ROOT, "  %-9s db      %s%n", "",
                            system.database(instance.server()).jdbcUrl()));
        }
        text.append(String.format(Locale.ROOT, "  broker    %s%n", system.brokerUrl()));
        RunFile run = system.runFile();
        if (run.operator() != null) {
            text.append(String.format(Locale.ROOT, "  operator  %s (password in the run file)%n",
                    run.operator().user()));
        }
        text.append(String.format(Locale.ROOT, "  data      %s (secrets in %s)%n", system.dataDirectory().root(),
                system.dataDirectory().secrets().getFileName()));
        text.append(String.format(Locale.ROOT, "  run file  %s%n", system.dataDirectory().runFile()));
        text.append("Press Ctrl-C to stop.\n");
        return text.toString();
    }
}
