package io.anonpay.wildfly;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Sets up the party's WildFly before Arquillian starts it: runs docs/deploy.md's {@code deploy/wildfly/setup.sh}, as
 * it is, on the fresh copy of {@code standalone/configuration} the build put into the party's server base directory
 * (setup.sh configures a directory once). Its output goes to {@code setup.log} there. Without the system properties
 * Failsafe sets (a unit test run) it does nothing.
 */
public class WildflySetup implements LauncherSessionListener {

    private static final long PATIENCE_MINUTES = 5;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String party = System.getProperty("anonpay.wildfly.party");
        if (party == null) {
            return;
        }
        Path base = Path.of(System.getProperty("anonpay.wildfly.base"));
        Path runtime = Path.of(System.getProperty("anonpay.wildfly.runtime"));
        Path log = base.resolve("setup.log");
        try {
            Process setup = new ProcessBuilder("bash", System.getProperty("anonpay.wildfly.setup"),
                    System.getProperty("anonpay.wildfly.home"), party, runtime.resolve("postgresql.jar").toString(),
                    runtime.resolve("eclipselink.jar").toString(), base.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!setup.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
                setup.destroyForcibly();
                throw new IllegalStateException("setting up WildFly for " + party + " took over "
                        + PATIENCE_MINUTES + " minutes: see " + log);
            }
            if (setup.exitValue() != 0) {
                throw new IllegalStateException("setting up WildFly for " + party + " failed: see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run setup.sh for " + party, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up WildFly for " + party, e);
        }
    }
}
