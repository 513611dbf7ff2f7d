package io.anonpay.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits {@code --flag value}, {@code --flag=value} and bare switches; knows which flags exist. */
final class CommandLine {

    private static final Set<String> SWITCHES = Set.of("--fresh", "--tls", "--help");
    private static final Set<String> VALUED = Set.of("--data-dir", "--runtime", "--runtime-dir", "--mall-port", "--credit-port",
            "--shipping-port", "--pg-port", "--broker-port", "--broker-url", "--db-url-mall", "--db-url-credit",
            "--db-url-shipping", "--timeout");

    private final Map<String, String> flags = new LinkedHashMap<>();

    CommandLine(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h")) {
                arg = "--help";
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            if (SWITCHES.contains(flag)) {
                if (equals >= 0) {
                    throw new IllegalArgumentException(flag + " takes no value");
                }
                flags.put(flag, "");
            } else if (VALUED.contains(flag)) {
                if (equals >= 0) {
                    flags.put(flag, arg.substring(equals + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    flags.put(flag, args.get(++i));
                } else {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
            } else {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
    }

    Map<String, String> flags() {
        return flags;
    }
}
