package io.anonpay.credit.fee.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipient is the cardholder when both names read the same after normalising, and only then. */
class RecipientNamesTest {

    @Test
    void caseSpacingAndUnicodeFormsDoNotMakeAnotherName() {
        assertThat(RecipientNames.sameName("  ÅSA\u00a0\u00a0Berg\t", "åsa berg")).isTrue();
        assertThat(RecipientNames.sameName("A\u030asa Berg", "Åsa Berg")).as("decomposed Å").isTrue();
        assertThat(RecipientNames.sameName("\uff21sa Berg", "Asa Berg")).as("full-width A").isTrue();
        assertThat(RecipientNames.sameName("Asa\u3000Berg", "asa berg")).as("ideographic space").isTrue();
    }

    @Test
    void anotherSpellingIsAnotherName() {
        assertThat(RecipientNames.sameName("Asa Berg", "Åsa Berg")).isFalse();
        assertThat(RecipientNames.sameName("AsaBerg", "Asa Berg")).isFalse();
        assertThat(RecipientNames.sameName("Ann-Marie Berg", "Ann Marie Berg")).isFalse();
        assertThat(RecipientNames.sameName("Asa Berg", "Asa Bergström")).isFalse();
    }

    @Test
    void theNormalFormIsLowerCaseWithSingleSpaces() {
        assertThat(RecipientNames.normalised(" \u00a0Ｅｖａ\n  MARÍA  López ")).isEqualTo("eva maría lópez");
    }
}
