package io.anonpay.common.party;

import java.net.URI;

/** A party this server deals with: its role, its stable id (the issuer/audience in messages) and its site. */
public record Partner(Role role, String id, String name, URI baseUrl) {

    public enum Role { MALL, CREDIT, SHIPPING }

    public URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }
}
