package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.crypto.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the keys of encrypted fields.",
        subcommands = KeysCommand.Rotate.class)
final class KeysCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Add a new primary key to the field keyset and re-encrypt every encrypted field with it.",
                    "One transaction, Vigie stopped. Old keys stay for decryption unless --drop-old.",
                    "The field intake key pair is rotated too (the old one decrypts submissions for 30 days).",
                    "With VIGIE_FIELD_KEYSET, the new keyset is printed: store it in place of the old one."})
    static final class Rotate implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--drop-old", description = "Then remove the old keys (refused when the keyset comes from the environment).")
        boolean dropOld;

        @Override
        public Integer call() throws Exception {
            try (App app = App.open(data.config())) {
                KeyRotation.Outcome o = app.keyRotation().rotate("cli", dropOld, keyset -> {
                    System.out.println("The keyset comes from VIGIE_FIELD_KEYSET. Store this new keyset there before "
                            + "starting Vigie again (it still holds the old keys):");
                    System.out.println(keyset);
                });
                System.out.println("Keys rotated: " + o.keysBefore() + " key(s) before, " + o.keysAfter() + " now"
                        + (o.droppedOld() ? " (old keys dropped)" : "") + "; re-encrypted " + o.reencrypted() + ".");
                // The intake key pair too: new forms carry the new public key, the old one decrypts for 30 days more.
                long intakeKey = app.intakeKeys().rotate("cli");
                System.out.println("Field intake key rotated: forms now carry key " + intakeKey
                        + "; the previous key still decrypts submissions for 30 days.");
                return 0;
            }
        }
    }
}
