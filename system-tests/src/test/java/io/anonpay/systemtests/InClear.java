package io.anonpay.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A request in clear to a port of a {@code --tls} run, to see whether anything there speaks without TLS. */
public final class InClear {

    private InClear() {
    }

    /**
     * What the port sends to a GET of {@code path} in clear until it closes, stays silent for ten seconds or has sent
     * 4 KiB (an OpenWire broker greets before it is asked): empty when it closes or stays silent at once.
     */
    public static String answer(int port, String path) throws IOException {
        return said(port, ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * What the port sends unasked, to a client that says nothing, until it closes, stays silent for ten seconds or
     * has sent 4 KiB: an OpenWire broker's greeting. A request written at once would race the greeting: a broker
     * slow to accept reads the request first, refuses it as OpenWire and closes without greeting.
     */
    public static String greeting(int port) throws IOException {
        return said(port, new byte[0]);
    }

    private static String said(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            if (request.length > 0) {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            }
            InputStream in = socket.getInputStream();
            byte[] said = new byte[4096];
            int read = 0;
            try {
                for (int n; read < said.length && (n = in.read(said, read, said.length - read)) > 0; ) {
                    read += n;
                }
            } catch (SocketTimeoutException | SocketException silentOrClosed) {
                // what came before the silence or the reset is what it said
            }
            return new String(said, 0, read, StandardCharsets.ISO_8859_1);
        }
    }
}
