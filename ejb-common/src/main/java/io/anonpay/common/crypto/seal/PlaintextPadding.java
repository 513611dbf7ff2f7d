package io.anonpay.common.crypto.seal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Pads the UTF-8 plaintext to whole buckets of {@value #BUCKET} bytes: a 2-byte big-endian length,
 * the text, then zeros. Every name up to {@value #FIRST_BUCKET_CAPACITY} bytes therefore gives an
 * identifier of the same length, so the length cannot tell "pen" from "diamond necklace".
 */
final class PlaintextPadding {

    static final int BUCKET = 256;
    static final int MAX_PADDED = 4096;
    static final int FIRST_BUCKET_CAPACITY = BUCKET - 2;
    /** The largest plaintext: 4094 UTF-8 bytes, so that the padded block stays within 4 KiB. */
    static final int MAX_PLAINTEXT = MAX_PADDED - 2;

    private PlaintextPadding() {
    }

    static byte[] pad(String plaintext) {
        byte[] utf8 = strictUtf8(plaintext);
        if (utf8.length == 0 || utf8.length > MAX_PLAINTEXT) {
            throw new SealingException(SealingException.Reason.INVALID_PLAINTEXT,
                    "the plaintext must be 1 to " + MAX_PLAINTEXT + " UTF-8 bytes, was " + utf8.length);
        }
        int padded = (utf8.length + 2 + BUCKET - 1) / BUCKET * BUCKET;
        byte[] block = new byte[padded];
        block[0] = (byte) (utf8.length >>> 8);
        block[1] = (byte) utf8.length;
        System.arraycopy(utf8, 0, block, 2, utf8.length);
        return block;
    }

    /** Only ever sees authenticated blocks, so a bad one means a faulty sealer, not an attacker. */
    static String unpad(byte[] block) {
        int length = block.length < 2 ? -1 : ((block[0] & 0xff) << 8) | (block[1] & 0xff);
        if (length < 1 || length > block.length - 2 || block.length % BUCKET != 0) {
            throw malformed(null);
        }
        for (int i = 2 + length; i < block.length; i++) {
            if (block[i] != 0) {
                throw malformed(null);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(block, 2, length)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(e);
        }
    }

    private static byte[] strictUtf8(String plaintext) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(plaintext));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new SealingException(SealingException.Reason.INVALID_PLAINTEXT,
                    "the plaintext is not valid Unicode", e);
        }
    }

    private static SealingException malformed(Throwable cause) {
        return new SealingException(SealingException.Reason.MALFORMED, "the sealed identifier has a bad padding", cause);
    }
}
