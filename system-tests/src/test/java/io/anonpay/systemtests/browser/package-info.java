/**
 * The anonymous purchase in a real browser: Debian's headless Chromium, driven by Selenium through chromedriver,
 * across the mall's, the credit company's and the shipping company's own pages, with a screenshot of every step.
 */
package io.anonpay.systemtests.browser;
