package io.anonpay.client;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What every command shares: the root's options and the terminal built from them. */
abstract class ClientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        AnonpayClient root = (AnonpayClient) spec.root().userObject();
        return run(root.terminal(spec.commandLine()));
    }

    /** @return the exit code, see {@link ExitCodes} */
    abstract int run(Terminal terminal);
}
