package io.anonpay.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The buyer's client terminal. Global options are inherited: they may stand before or after the command name.
 * Build it with {@link #commandLine} (not {@code new CommandLine(...)}), which sets the exit codes and handlers.
 */
@Command(name = "anonpay-client", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true, sortOptions = false,
        header = "Buy at the anonpay mall without the mall ever learning who you are.",
        description = {
            "",
            "The mall sells you products but only ever sees a sealed purchase id. You pay at a credit company "
                    + "with your card number and password (the mall never sees them), then a shipping company "
                    + "delivers to your address (the mall never sees that either).",
            "",
            "Quickest way: 'buy' does all of it in one go. The other commands are the same steps one at a time: "
                    + "'purchase create' -> 'pay' -> 'ship' -> 'track'.",
            "",
            "Where the servers are: --mall URL, else the launcher's run file (--run-file, default "
                    + "./anonpay-data/run.json), else http://127.0.0.1:8080/mall. Only the mall's address is "
                    + "needed: it lists the companies and tells the client where to pay and ship."},
        subcommands = {ProductsCommand.class, CompaniesCommand.class, BuyCommand.class, PurchaseCommand.class,
                PayCommand.class, ShipCommand.class, TrackCommand.class, CancelCommand.class, HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions (they also work after the command name):%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  anonpay-client products",
            "  anonpay-client buy --product 3:2 --card 4000001234567899 --name 'Ann Smith' \\",
            "      --street 'Main St 1' --postal-code 10115 --city Berlin --country DE",
            "  anonpay-client --json purchase show v1.AbC...   (one JSON document on stdout)",
            "  anonpay-client help buy"})
public class AnonpayClient implements Callable<Integer> {

    @Option(names = "--mall", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The mall's base URL, e.g. http://127.0.0.1:8080/mall. Overrides the run file.")
    String mall;

    @Option(names = "--run-file", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "The launcher's run.json to read the mall's address from (default: ./anonpay-data/run.json"
                    + " if it exists).")
    Path runFile;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Machine-readable output: one JSON document on stdout (also for errors); progress on "
                    + "stderr.")
    boolean json;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION", defaultValue = "30s",
            converter = DurationConverter.class,
            description = "How long to wait for each server's answer (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** How often the mall is asked while waiting for a status; tests make it short. */
    @Option(names = "--poll-interval", scope = ScopeType.INHERIT, hidden = true, defaultValue = "500ms",
            converter = DurationConverter.class)
    Duration pollInterval;

    @Spec
    CommandSpec spec;

    private InputStream in = System.in;

    public static void main(String[] args) {
        System.exit(commandLine(new AnonpayClient()).execute(args));
    }

    /** The configured command line; set its out/err with setOut/setErr before execute to capture output. */
    public static CommandLine commandLine(AnonpayClient client) {
        CommandLine commandLine = new CommandLine(client);
        configure(commandLine);
        commandLine.setExecutionExceptionHandler(new FailureReport(client));
        commandLine.setParameterExceptionHandler(FailureReport::usage);
        return commandLine;
    }

    /** Where --password-stdin reads from (System.in unless a test gives another). */
    public AnonpayClient withInput(InputStream input) {
        this.in = input;
        return this;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Everything a command needs to talk to the servers, built once the options are parsed. */
    Terminal terminal(CommandLine command) {
        Output output = new Output(command.getOut(), command.getErr(), json);
        HttpJson http = new HttpJson(timeout, RunFile.authority(mall, runFile).map(TrustedAuthority::context));
        MallApi mallApi = new MallApi(http, RunFile.mallBaseUrl(mall, runFile));
        return new Terminal(output, mallApi, new CompanyApis(http), new PurchaseWatch(mallApi, output, pollInterval),
                in);
    }

    boolean json() {
        return json;
    }

    private static void configure(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        var usage = command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.described());
        if (usage.optionListHeading().isEmpty()) {
            usage.optionListHeading("%nOptions:%n");
        }
        if (usage.parameterListHeading().isEmpty()) {
            usage.parameterListHeading("%nArguments:%n");
        }
        command.getSubcommands().values().forEach(AnonpayClient::configure);
    }
}
