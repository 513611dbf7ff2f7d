package io.anonpay.client;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The card and its password. The password is asked for without echo when not given, goes into the one request
 * to the credit company, and is never printed; the card number is only ever shown masked.
 */
final class CardOptions {

    @Option(names = "--card", paramLabel = "NUMBER", required = true,
            description = "Your card number (spaces and hyphens allowed). Only its last four digits are shown.")
    String cardNumber;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The card's password. Better leave it out: you are then asked for it without echo "
                    + "(a password on the command line is visible to other users of this machine).")
    String password;

    @Option(names = "--password-stdin",
            description = "Read the password from the first line of standard input, for scripts: "
                    + "printf '%%s\\n' \"$PW\" | anonpay-client pay ...")
    boolean passwordFromStdin;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    String masked() {
        return Formats.maskedCard(cardNumber);
    }

    String password(InputStream stdin) {
        if (password != null && passwordFromStdin) {
            throw usage("give the password either with --password or with --password-stdin, not both");
        }
        String value = password != null ? password : passwordFromStdin ? firstLine(stdin) : prompt();
        if (value == null || value.isEmpty()) {
            throw usage("the password is empty");
        }
        return value;
    }

    private String prompt() {
        Console console = System.console();
        if (console == null) {
            throw usage("no terminal to ask for the password on: pipe it in with --password-stdin");
        }
        char[] typed = console.readPassword("Password for card %s: ", masked());
        return typed == null ? null : new String(typed);
    }

    private String firstLine(InputStream stdin) {
        try {
            // Not closed: closing would close System.in for the rest of the run.
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw usage("cannot read the password from standard input: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
