package io.anonpay.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogRotationTest {

    @TempDir
    Path dir;

    @Test
    void eachStartKeepsTheFiveEarlierLogsNewestFirst() throws Exception {
        Path log = dir.resolve("server.log");
        for (int run = 1; run <= 7; run++) {
            new ServerLog(log).rotate();
            Files.writeString(log, "run " + run);
        }

        assertThat(Files.readString(log)).isEqualTo("run 7");
        for (int generation = 1; generation <= 5; generation++) {
            assertThat(Files.readString(dir.resolve("server.log." + generation))).isEqualTo("run " + (7 - generation));
        }
        assertThat(dir.resolve("server.log.6")).doesNotExist();
    }

    @Test
    void aFirstStartHasNothingToKeep() {
        new ServerLog(dir.resolve("server.log")).rotate();

        assertThat(dir).isEmptyDirectory();
    }
}
