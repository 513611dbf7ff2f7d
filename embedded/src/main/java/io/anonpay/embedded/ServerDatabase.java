package io.anonpay.embedded;

/** Where one server's own database lives and the role it connects with. */
public record ServerDatabase(String name, String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        return "ServerDatabase[" + name + ", " + jdbcUrl + ", user=" + user + "]";
    }
}
