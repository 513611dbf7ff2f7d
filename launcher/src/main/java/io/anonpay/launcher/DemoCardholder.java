package io.anonpay.launcher;

/** A demo cardholder of the credit company, as listed in run.json: what a buyer types on the payment page. */
public record DemoCardholder(String name, String cardNumber, String password, long limit, String currency) {

    @Override
    public String toString() {
        return "DemoCardholder[" + name + "]";
    }
}
