/**
 * Encryption of fields and files at rest: {@link org.vigie.crypto.FieldCipher} (Tink AES-256-GCM with associated
 * data), key files and key rotation.
 */
package org.vigie.crypto;
