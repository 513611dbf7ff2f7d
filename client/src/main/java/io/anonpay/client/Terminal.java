package io.anonpay.client;

import java.io.InputStream;

/** The client terminal of the patent, for one command run: output, the mall, the companies, and the buyer's input. */
record Terminal(Output output, MallApi mall, CompanyApis companies, PurchaseWatch watch, InputStream in) {
}
