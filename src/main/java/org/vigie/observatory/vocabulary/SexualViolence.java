package org.vigie.observatory.vocabulary;

import java.util.Optional;
import java.util.Set;

/**
 * Which act types are sexual or gender-based violence, so that an incident with such an act is restricted.
 * A term is when it is one of these terms or lies below one of them in the vocabulary:
 *
 * <ul>
 *   <li>HURIDOCS list 4 "Sexual violations" ({@code 02010200000004}, with female genital mutilation below it);</li>
 *   <li>rape, attempted rape, sexual assault/molestation ({@code 02011101..03}; not their parent, which also
 *       holds torture), rape-slay ({@code 01010105040004}), sexual harassment ({@code 02010305000004});</li>
 *   <li>enforced sterilisation, enforced pregnancy, infections due to rape ({@code 080101}, {@code 080105},
 *       {@code 080106} in list 4);</li>
 *   <li>Vigie's {@code VG-CHILD-SEXUAL-VIOLENCE}.</li>
 * </ul>
 *
 * When in doubt the list errs towards restricting: a restricted incident is still counted, only its details
 * are kept to the roles that see identities.
 */
public final class SexualViolence {
    static final Set<String> TERMS = Set.of("02010200000004", "02011101000004", "02011102000004", "02011103000004",
            "01010105040004", "02010305000004", "08010100000004", "08010500000004", "08010600000004", "VG-CHILD-SEXUAL-VIOLENCE");

    private final Vocabulary vocabulary;

    public SexualViolence(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public boolean is(String actType) {
        Optional<Term> term = vocabulary.term(actType);
        while (term.isPresent()) {
            if (TERMS.contains(term.get().code())) {
                return true;
            }
            term = term.get().parent().flatMap(vocabulary::term);
        }
        return false;
    }
}
