/**
 * Field intake: Vigie as the monitors' ODK server. Phones enrolled as {@link org.vigie.intake.FieldDevices}
 * fetch the incident form as an encrypted XForm (OpenRosa Form List and Manifest APIs) and send finalised
 * records (OpenRosa Form Submission API, ODK encryption), which {@link org.vigie.intake.FieldIntake} decrypts
 * in memory and stores as reported incidents, identities encrypted with the field keyset at once. Owns
 * {@code field_device}, {@code intake_key}, {@code intake_submission} and {@code intake_part} (the parts of records
 * a phone split across several POSTs, kept until complete). See docs/field-intake.md.
 */
package org.vigie.intake;
