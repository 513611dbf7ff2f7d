package io.anonpay.common.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateTest {

    @Test
    void zeroPerMinuteSwitchesTheLimitOff() {
        assertThat(new Rate(0, 10).unlimited()).isTrue();
        assertThat(new Rate(1, 10).unlimited()).isFalse();
    }

    @Test
    void aBurstBelowOneStillLetsOneCallThrough() {
        assertThat(new Rate(60, 0).burst()).isEqualTo(1);
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndNeverZero() {
        assertThat(new Rate(60_000, 1).secondsFor(1)).isEqualTo(1);
        assertThat(new Rate(7, 1).secondsFor(1)).isEqualTo(9);
    }
}
