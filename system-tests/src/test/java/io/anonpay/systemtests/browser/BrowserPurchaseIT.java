package io.anonpay.systemtests.browser;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DemoCardholder;
import io.anonpay.systemtests.RunningSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous purchase in a real browser (Debian's headless Chromium), across the three companies' own pages:
 * storefront and purchase page at the mall, the hosted payment page at the credit company, the delivery page at
 * the shipping company. Screenshots of every step: {@code target/screenshots/<scenario>/}.
 */
@ExtendWith(RunningSystem.class)
class BrowserPurchaseIT {

    /** Before the system is started for these tests, so that a machine without a browser hears it at once. */
    @BeforeAll
    static void browserIsInstalled() {
        Browser.requireInstalled();
    }

    private static DemoCardholder alice(AnonpaySystem system) {
        return cardholder(system, "Alice Example");
    }

    private static DemoCardholder cardholder(AnonpaySystem system, String name) {
        return system.runFile().cardholders().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo cardholder " + name + " in run.json"));
    }

    @Test
    void buyerPaysAndShipsOnAPhoneSizedScreenAndTheMallFollowsWithoutAReload(AnonpaySystem system) {
        DemoCardholder alice = alice(system);
        try (Browser browser = Browser.open("paid-and-shipped", Browser.Screen.PHONE)) {
            Buyer buyer = new Buyer(browser, system);
            buyer.opensTheMall();
            buyer.addsToCart("Teapot", 1);
            Accessibility.assertEveryControlLabelled(browser, 1);

            assertThat(buyer.buys()).isEqualTo("€24.99");
            // 20 × 18 × 14 cm, 1.4 kg
            assertThat(browser.find("#volume").getText()).isEqualTo("5.04 L (1.4 kg)");
            Accessibility.assertEveryControlLabelled(browser, 2);

            buyer.goesToPayment();
            assertThat(browser.find("#summary").getText()).contains("€24.99");
            Accessibility.assertEveryControlLabelled(browser, 2);
            String outcome = buyer.paysWithKeyboard(alice, alice.password());
            // 5,040 cm³ at 5,000 cm³ per kilogram: 2 kg, €3.90 + 2 × €1.10
            assertThat(outcome).contains("Payment approved: €31.09 (goods €24.99, shipping €6.10).",
                    "the password matched.");

            buyer.goesBackToTheMall();
            buyer.waitForStatus("paid");
            assertThat(browser.waitForText("#payment", "held on your card"))
                    .contains("€31.09 (goods €24.99, shipping €6.10) held on your card");
            browser.find("#ship");
            browser.screenshot("purchase-paid");
            assertThat(buyer.pageWasNotReloaded()).as("the status changed without reloading the page").isTrue();

            buyer.goesToShipping();
            Accessibility.assertEveryControlLabelled(browser, 6);
            String tracking = buyer.shipsTo("Alice Example", "Teeweg 1", "10115", "Berlin", "DE");

            buyer.goesBackToTheMall();
            buyer.waitForStatus("shipping accepted");
            assertThat(browser.waitForText("#shipping-id", tracking)).isEqualTo(tracking);
            assertThat(browser.waitForText("#payment", "taken from your card"))
                    .as("captured once the parcel was accepted").contains("€24.99");
            assertThat(hidden(browser, "cancel")).as("no cancelling once shipped").isTrue();
            assertThat(browser.find("#summary").getText()).doesNotContain("Alice", "Teeweg", "Berlin");
            browser.screenshot("purchase-shipping-accepted");
        }
    }

    @Test
    void aPaymentOverTheCardsBalanceIsDeclinedWithItsReasonOnBothSides(AnonpaySystem system) {
        DemoCardholder bob = cardholder(system, "Bob Example");
        try (Browser browser = Browser.open("declined", Browser.Screen.DESKTOP)) {
            Buyer buyer = new Buyer(browser, system);
            buyer.opensTheMall();
            buyer.addsToCart("Tray", 1);
            buyer.addsToCart("Tea sampler", 2);
            // 45.00 + 18.50 EUR, while Bob's card has 50.00 EUR
            assertThat(buyer.buys()).isEqualTo("€63.50");

            buyer.goesToPayment();
            String outcome = buyer.paysWithKeyboard(bob, bob.password());
            assertThat(outcome).contains("Payment declined.", "the password matched.",
                    "available balance is too low", "Nothing was charged");
            assertThat(browser.find("#result").getAttribute("class")).contains("declined");

            buyer.goesBackToTheMall();
            buyer.waitForStatus("payment declined");
            assertThat(browser.find("#decline").getText()).startsWith("insufficient balance");
            assertThat(browser.find("#pay").isDisplayed()).as("the buyer may pay again").isTrue();
            browser.screenshot("purchase-payment-declined");
        }
    }

    @Test
    void aBuyerCancelsAPaidPurchaseAndTheHoldIsReleased(AnonpaySystem system) {
        DemoCardholder alice = alice(system);
        try (Browser browser = Browser.open("cancelled", Browser.Screen.DESKTOP)) {
            Buyer buyer = new Buyer(browser, system);
            buyer.opensTheMall();
            buyer.addsToCart("Kettle", 1);
            assertThat(buyer.buys()).isEqualTo("€34.90");
            buyer.goesToPayment();
            // 13,200 cm³: 3 kg, €3.90 + 3 × €1.10
            assertThat(buyer.paysWithKeyboard(alice, alice.password()))
                    .contains("Payment approved: €42.10 (goods €34.90, shipping €7.20).");
            buyer.goesBackToTheMall();
            buyer.waitForStatus("paid");

            browser.find("#cancel button[type=submit]").click();
            browser.until("the page to ask before cancelling", driver -> {
                try {
                    driver.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException notYet) {
                    return null;
                }
            });
            buyer.waitForStatus("cancelled");
            assertThat(browser.waitForText("#payment", "released, nothing was taken")).contains("€34.90");
            assertThat(hidden(browser, "cancel")).as("nothing left to cancel").isTrue();
            assertThat(hidden(browser, "ship")).as("nothing to ship").isTrue();
            assertThat(buyer.pageWasNotReloaded()).isTrue();
            browser.screenshot("purchase-cancelled");
        }
    }

    /** Whether the page hides the element: {@link Browser#find} waits for a visible one. */
    private static boolean hidden(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).hidden;", id));
    }

    @Test
    void aWrongPasswordIsToldAndNothingIsCharged(AnonpaySystem system) {
        DemoCardholder carol = cardholder(system, "Carol Example");
        try (Browser browser = Browser.open("wrong-password", Browser.Screen.PHONE)) {
            Buyer buyer = new Buyer(browser, system);
            buyer.opensTheMall();
            buyer.addsToCart("Kettle", 1);
            assertThat(buyer.buys()).isEqualTo("€34.90");

            buyer.goesToPayment();
            String outcome = buyer.paysWithKeyboard(carol, carol.password() + "-wrong");
            assertThat(outcome).contains("Payment declined.", "the password did not match.",
                    "Card number or password not recognised", "Nothing was charged");
            assertThat(browser.find("#payment").isDisplayed()).as("the buyer may try again").isTrue();

            buyer.goesBackToTheMall();
            buyer.waitForStatus("awaiting payment");
            browser.screenshot("purchase-still-awaiting-payment");
        }
    }
}
