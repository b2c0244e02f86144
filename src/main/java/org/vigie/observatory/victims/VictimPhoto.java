package org.vigie.observatory.victims;

/** A decrypted photo of a victim, for those who may see identities. */
public record VictimPhoto(long id, String contentType, byte[] content) {
}
