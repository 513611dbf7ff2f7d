package io.anonpay.systemtests.browser;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.DemoCardholder;
import io.anonpay.launcher.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a buyer does on the three companies' pages, step by step, each step ending in a screenshot. The buyer
 * clicks, types and follows links only: never types an address after the first, never reloads a page.
 */
final class Buyer {

    private final Browser browser;
    private final String mall;
    private final String credit;
    private final String shipping;

    Buyer(Browser browser, AnonpaySystem system) {
        this.browser = browser;
        this.mall = system.baseUrl(Server.MALL);
        this.credit = system.baseUrl(Server.CREDIT);
        this.shipping = system.baseUrl(Server.SHIPPING);
    }

    void opensTheMall() {
        browser.open(mall + "/");
        browser.find("#products .card");
        browser.screenshot("storefront");
    }

    void addsToCart(String product, int itemsInCartAfter) {
        browser.find("button[aria-label='Add " + product + " to cart']").click();
        browser.waitForText("#cart-summary", itemsInCartAfter + " item(s) in cart");
        browser.waitForText("#cart", product);
        browser.screenshot("cart-with-" + slug(product));
    }

    /** Buys the cart and waits for the purchase page, awaiting payment; returns the sum it shows. */
    String buys() {
        browser.find("#buy").click();
        browser.waitForUrl(mall + "/purchase.html?purchaseId=");
        waitForStatus("awaiting payment");
        browser.find("#pay");
        browser.screenshot("purchase-awaiting-payment");
        return browser.find("#sum").getText();
    }

    /**
     * Chooses the first (in the demo: the only) credit company and shipping company, which sets the shipping fee,
     * and follows the mall's redirect to the credit company's page.
     */
    String goesToPayment() {
        String company = choose("#credit-company");
        choose("#shipping-company");
        browser.find("#pay button[type=submit]").click();
        browser.waitForUrl(credit + "/pay.html?instructions=");
        browser.waitForText("#summary", "Payment of ");
        browser.screenshot("payment-page");
        return company;
    }

    /**
     * Pays with the keyboard alone: Tab from the top of the page into the card number, Tab to the password, Enter
     * to submit. Returns the outcome the credit company shows.
     */
    String paysWithKeyboard(DemoCardholder card, String password) {
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).as("first field reached by Tab").isEqualTo("cardNumber");
        active().sendKeys(card.cardNumber());
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).as("field after the card number").isEqualTo("password");
        active().sendKeys(password);
        browser.screenshot("card-entered");
        active().sendKeys(Keys.ENTER);
        String outcome = browser.waitForText("#result", "Password check:");
        browser.find("#back");
        browser.screenshot("payment-outcome");
        return outcome;
    }

    /** Follows the payment or shipping page's link back to the mall's purchase page. */
    void goesBackToTheMall() {
        browser.find("#back").click();
        browser.waitForUrl(mall + "/purchase.html?purchaseId=");
        browser.find("#summary #status");
        // set on this page's window: gone if anything reloads the page, so the status must change in place
        browser.script("window.anonpayNotReloaded = true;");
    }

    /** Waits, without reloading, until the purchase page shows the status; fails if the page was reloaded. */
    void waitForStatus(String status) {
        browser.until("status '" + status + "'", driver -> {
            WebElement shown = driver.findElement(By.id("status"));
            return shown.isDisplayed() && shown.getText().equals(status) ? true : null;
        });
    }

    boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(browser.script("return window.anonpayNotReloaded === true;"));
    }

    /** Goes to the shipping company designated before payment; returns its name as the purchase page shows it. */
    String goesToShipping() {
        String company = browser.find("#ship-company-name").getText();
        browser.find("#ship button[type=submit]").click();
        browser.waitForUrl(shipping + "/ship.html?instructions=");
        browser.find("#name");
        browser.screenshot("shipping-page");
        return company;
    }

    /** Fills in the delivery address, submits and returns the tracking number shown. */
    String shipsTo(String name, String street, String postalCode, String city, String country) {
        browser.find("#name").sendKeys(name);
        browser.find("#street").sendKeys(street);
        browser.find("#postalCode").sendKeys(postalCode);
        browser.find("#city").sendKeys(city);
        browser.find("#country").sendKeys(country);
        browser.screenshot("address-entered");
        browser.find("#submit").click();
        String tracking = browser.until("a tracking number", driver -> {
            String shown = driver.findElement(By.id("tracking")).getText();
            return shown.isBlank() ? null : shown;
        });
        browser.find("#back");
        browser.screenshot("tracking-number");
        return tracking;
    }

    private String choose(String selectCss) {
        Select select = new Select(browser.find(selectCss));
        browser.until("a company to choose in " + selectCss, driver -> select.getOptions().isEmpty() ? null : true);
        select.selectByIndex(0);
        return select.getFirstSelectedOption().getText();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
