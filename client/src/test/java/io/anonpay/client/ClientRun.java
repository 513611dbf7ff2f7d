package io.anonpay.client;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One run of the client in-process, the way system tests can drive it, with stdout and stderr captured. */
record ClientRun(int exitCode, String out, String err) {

    static ClientRun against(FakeAnonpay fake, String... args) {
        return withStdin(fake, "", args);
    }

    static ClientRun withStdin(FakeAnonpay fake, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--mall", fake.mall(), "--poll-interval", "10ms"));
        all.addAll(List.of(args));
        return run(stdin, all.toArray(String[]::new));
    }

    static ClientRun run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AnonpayClient.commandLine(new AnonpayClient()
                .withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new ClientRun(exitCode, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }
}
