package org.vigie.observatory;

/** A decrypted photo of a victim, for those who may see identities. */
public record VictimPhoto(long id, String contentType, byte[] content) {
}
