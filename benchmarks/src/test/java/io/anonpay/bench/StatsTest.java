package io.anonpay.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        List<Integer> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add(i);
        }
        Stats stats = Stats.of(values);
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50()).isEqualTo(50);
        assertThat(stats.p99()).isEqualTo(99);
        assertThat(stats.percentile(100)).isEqualTo(100);
        assertThat(stats.percentile(0.5)).isEqualTo(1);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(100);
        assertThat(stats.mean()).isEqualTo(50.5);
    }

    @Test
    void smallSamplesTakeTheNextValueUp() {
        Stats stats = Stats.of(30, 10, 20);
        assertThat(stats.p50()).isEqualTo(20);
        assertThat(stats.p99()).isEqualTo(30);
        assertThat(Stats.of(7).p99()).isEqualTo(7);
        // 200 values: p99 is the 198th smallest, not the maximum
        double[] many = new double[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = i + 1;
        }
        assertThat(Stats.of(many).p99()).isEqualTo(198);
    }

    @Test
    void anEmptySampleHasNoPercentiles() {
        Stats stats = Stats.of(List.of());
        assertThat(stats.p50()).isNaN();
        assertThat(stats.max()).isNaN();
        assertThat(stats.mean()).isNaN();
    }

    @Test
    void percentilesOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> Stats.of(1, 2).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.of(1, 2).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInputIsNotReordered() {
        double[] input = {3, 1, 2};
        Stats.of(input);
        assertThat(input).containsExactly(3, 1, 2);
    }

    @Test
    void ratiosOfMissingFiguresAreMissing() {
        assertThat(Stats.ratio(30, 60)).isEqualTo(0.5);
        assertThat(Stats.ratio(30, 0)).isNaN();
        assertThat(Stats.ratio(Double.NaN, 1)).isNaN();
        assertThat(Stats.ratio(1, Double.NaN)).isNaN();
    }
}
