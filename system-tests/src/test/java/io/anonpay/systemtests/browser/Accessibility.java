package io.anonpay.systemtests.browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke check, read off the live DOM: every form control a buyer can reach has a name a screen reader says. */
final class Accessibility {

    private static final String UNLABELLED = """
            const named = el => (el.getAttribute('aria-label') || '').trim() !== ''
              || [...el.labels].some(label => label.textContent.trim() !== '')
              || (el.getAttribute('aria-labelledby') || '').split(' ').some(id =>
                   id && document.getElementById(id) && document.getElementById(id).textContent.trim() !== '');
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(el => el.type !== 'hidden' && !named(el))
              .map(el => el.outerHTML);
            """;

    private Accessibility() {
    }

    /**
     * Fails naming each input, select or text area that has neither a label nor an aria-label; {@code atLeast}
     * keeps the check from passing on a page that has not rendered its form yet.
     */
    static void assertEveryControlLabelled(Browser browser, int atLeast) {
        long controls = (Long) browser.script(
                "return document.querySelectorAll('input:not([type=hidden]), select, textarea').length");
        assertThat(controls).as("form controls on " + browser.currentUrl()).isGreaterThanOrEqualTo(atLeast);
        assertThat((List<?>) browser.script(UNLABELLED)).as("controls without a label on " + browser.currentUrl())
                .isEmpty();
    }
}
