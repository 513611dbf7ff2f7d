package io.anonpay.client;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/** Reports a failed command in a sentence, not a stack trace, and turns it into its exit code. */
final class FailureReport implements IExecutionExceptionHandler {

    private final AnonpayClient client;

    FailureReport(AnonpayClient client) {
        this.client = client;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        ClientFailure failure = exception instanceof ClientFailure known ? known
                : new ClientFailure(ExitCodes.SERVER_ERROR, "unexpected error: " + exception, null);
        PrintWriter err = command.getErr();
        err.println("Error: " + failure.getMessage());
        if (!(exception instanceof ClientFailure)) {
            exception.printStackTrace(err);
        }
        err.flush();
        if (client.json()) {
            JsonObjectBuilder error = Json.createObjectBuilder()
                    .add("exitCode", failure.exitCode())
                    .add("message", failure.getMessage());
            if (failure.problem() != null) {
                error.add("problem", failure.problem());
            }
            command.getOut().println(JsonSupport.pretty(Json.createObjectBuilder().add("error", error).build()));
            command.getOut().flush();
        }
        return failure.exitCode();
    }

    /** A short hint instead of the whole usage text, which for 'buy' would bury the one line that matters. */
    static int usage(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Error: " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options and an example.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
