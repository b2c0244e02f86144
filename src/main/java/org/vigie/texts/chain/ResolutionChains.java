package org.vigie.texts.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;
import org.vigie.texts.analysis.ReferenceFinder;

/**
 * Builds the chains of resolutions from the texts Vigie holds (the rules are in docs/texts.md, "The chain of
 * resolutions on a subject"): a reference about the mandate links the citing text and the cited resolution, and
 * so do the organ's own resolutions cited in the same paragraph; the resolutions every Council text recalls
 * (60/251, 5/1) are cited elsewhere and do not link. Chains are the linked groups of at least two resolutions.
 */
public final class ResolutionChains {

    /** A resolution number as texts cite it: "22/18", "S-29/1". */
    private static final Pattern NUMBER = Pattern.compile("^(S-)?(\\d{1,4})/(\\d{1,4})$");
    private static final Pattern OWN_NUMBER = Pattern.compile("/(?:RES|DEC)/((?:S-)?\\d{1,4}/\\d{1,4})$");
    private static final String DECIDES = "(?i)^(?:\\p{L}+\\s+)?(?:decides|décide)\\b[^;.]{0,80}\\b";
    private static final Map<MandateAction, Pattern> OWN_ACTION = Map.of(
            MandateAction.ESTABLISHED, Pattern.compile(DECIDES + "(?:establish|create|créer|établir|instituer)\\p{L}*\\b[^;]{0,160}\\bmandat"),
            MandateAction.EXTENDED, Pattern.compile(DECIDES + "(?:extend|renew|proroger|renouveler|reconduire)\\p{L}*\\b[^;]{0,160}\\bmandat"),
            MandateAction.ENDED, Pattern.compile(DECIDES + "(?:terminate|end|mettre fin)\\p{L}*\\b[^;]{0,160}\\bmandat"));

    private ResolutionChains() {
    }

    /** Every chain the stored texts make, in the order of their first member. */
    public static List<ResolutionChain> of(List<StoredText> texts) {
        Graph g = new Graph();
        texts.forEach(g::addText);
        texts.forEach(g::link);
        return g.chains();
    }

    /** The chain a stored text is in, if any. */
    public static Optional<ResolutionChain> containing(List<StoredText> texts, long textId) {
        return of(texts).stream().filter(c -> c.holds(textId)).findFirst();
    }

    /** The chain named {@code key}, if the stored texts make it. */
    public static Optional<ResolutionChain> named(List<StoredText> texts, String key) {
        return of(texts).stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** A resolution while the graph is built. */
    private static final class Node {
        final String key;
        final String number;
        String title;
        LocalDate date;
        boolean ownDate;
        MandateAction mandate = MandateAction.NOT_SAID;
        final List<ChainMember.Expression> texts = new ArrayList<>();
        final List<ChainMember.Citation> citedBy = new ArrayList<>();

        Node(String key, String number) {
            this.key = key;
            this.number = number;
        }

        ChainMember member() {
            return new ChainMember(key, number, title, date, mandate, texts, citedBy);
        }
    }

    private static final class Graph {
        final Map<String, Node> nodes = new LinkedHashMap<>();
        final Map<String, String> parent = new HashMap<>();

        void addText(StoredText t) {
            Resolution r = t.resolution();
            Node n = nodes.computeIfAbsent(ownKey(t), k -> new Node(k, ownNumber(r)));
            parent.putIfAbsent(n.key, n.key);
            n.texts.add(new ChainMember.Expression(t.id(), r.language().name().toLowerCase(Locale.ROOT),
                    r.symbol() == null ? null : r.symbol().value()));
            n.title = n.title == null ? r.title() : n.title;
            if (r.adoption() != null && r.adoption().date() != null) {
                n.date = r.adoption().date();
                n.ownDate = true;
            }
            n.mandate = n.mandate.or(ownAction(r));
        }

        void link(StoredText t) {
            Resolution r = t.resolution();
            String organ = organ(r);
            String own = ownKey(t);
            Map<String, List<Reference>> byParagraph = new LinkedHashMap<>();
            r.references().stream().filter(ref -> NUMBER.matcher(ref.symbol()).matches())
                    .forEach(ref -> byParagraph.computeIfAbsent(ref.paragraph(), p -> new ArrayList<>()).add(ref));
            for (List<Reference> refs : byParagraph.values()) {
                boolean aboutMandate = refs.stream().anyMatch(ref -> MandateAction.ofRelation(ref.relation()) != MandateAction.NOT_SAID);
                for (Reference ref : refs) {
                    String refOrgan = ref.body() == null ? organ : ref.body();
                    MandateAction action = MandateAction.ofRelation(ref.relation());
                    if (action == MandateAction.NOT_SAID && !(aboutMandate && refOrgan.equals(organ))) {
                        continue;
                    }
                    Node cited = nodes.computeIfAbsent(key(refOrgan, ref.symbol()), k -> new Node(k, ref.symbol()));
                    parent.putIfAbsent(cited.key, cited.key);
                    if (!cited.ownDate && cited.date == null) {
                        cited.date = ref.date();
                    }
                    cited.mandate = cited.mandate.or(action);
                    cited.citedBy.add(new ChainMember.Citation(t.id(), label(r), ref.relation()));
                    if (!cited.key.equals(own)) {
                        union(own, cited.key);
                    }
                }
            }
        }

        List<ResolutionChain> chains() {
            Map<String, List<Node>> groups = new LinkedHashMap<>();
            nodes.values().forEach(n -> groups.computeIfAbsent(find(n.key), k -> new ArrayList<>()).add(n));
            List<ResolutionChain> chains = new ArrayList<>();
            for (List<Node> group : groups.values()) {
                if (group.size() < 2) {
                    continue;
                }
                List<Node> ordered = order(group);
                // Named after the resolution that established the mandate, else the first: the series' own origin.
                Node first = ordered.stream().filter(n -> n.mandate == MandateAction.ESTABLISHED).findFirst()
                        .or(() -> ordered.stream().filter(n -> n.number != null).findFirst()).orElse(ordered.get(0));
                String title = ordered.stream().filter(n -> !n.texts.isEmpty() && n.title != null)
                        .reduce((a, b) -> b.number == null && a.number != null ? a : b).map(n -> n.title).orElse("");
                chains.add(new ResolutionChain(first.key, title, ordered.stream().map(Node::member).toList()));
            }
            chains.sort(Comparator.comparing(ResolutionChain::key));
            return chains;
        }

        private String find(String k) {
            String p = parent.get(k);
            if (p.equals(k)) {
                return k;
            }
            String root = find(p);
            parent.put(k, root);
            return root;
        }

        private void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }

    /**
     * Adopted resolutions by date when every one has a date, else by session and number (regular sessions are
     * numbered in time); drafts last, in the order they were stored.
     */
    private static List<Node> order(List<Node> group) {
        List<Node> adopted = new ArrayList<>(group.stream().filter(n -> n.number != null).toList());
        boolean allDated = adopted.stream().allMatch(n -> n.date != null);
        Comparator<Node> bySession = Comparator.comparingInt((Node n) -> part(n.number, 2)).thenComparingInt(n -> part(n.number, 3));
        adopted.sort(allDated ? Comparator.comparing((Node n) -> n.date).thenComparing(bySession) : bySession);
        List<Node> ordered = new ArrayList<>(adopted);
        group.stream().filter(n -> n.number == null).forEach(ordered::add);
        return ordered;
    }

    private static int part(String number, int group) {
        Matcher m = NUMBER.matcher(number);
        return m.matches() ? Integer.parseInt(m.group(group)) : Integer.MAX_VALUE;
    }

    private static String ownKey(StoredText t) {
        String number = ownNumber(t.resolution());
        return number == null ? "draft-" + t.id() : key(organ(t.resolution()), number);
    }

    /** The number of an adopted resolution or decision ("34/39" from A/HRC/RES/34/39), or null. */
    private static String ownNumber(Resolution r) {
        if (r.symbol() == null || r.isDraft()) {
            return null;
        }
        Matcher m = OWN_NUMBER.matcher(r.symbol().value());
        return m.find() ? m.group(1) : null;
    }

    private static String organ(Resolution r) {
        String body = ReferenceFinder.bodyName(r.organ());
        return body == null ? r.organ() : body;
    }

    /** "unhrc-22-18": the organ's short name (as in Akoma Ntoso names) and the number. */
    static String key(String organ, String number) {
        String code = switch (organ) {
            case "Human Rights Council" -> "unhrc";
            case "General Assembly" -> "unga";
            case "Security Council" -> "unsc";
            case "Economic and Social Council" -> "unecosoc";
            default -> organ.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
        };
        return code + "-" + number.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String label(Resolution r) {
        return r.symbol() != null ? r.symbol().value() : r.title();
    }

    /** What a text's own operative part does to a mandate ("Decides to extend the mandate …"). */
    private static MandateAction ownAction(Resolution r) {
        MandateAction action = MandateAction.NOT_SAID;
        for (Paragraph p : r.operative()) {
            for (Map.Entry<MandateAction, Pattern> e : OWN_ACTION.entrySet()) {
                if (e.getValue().matcher(p.fullText()).find()) {
                    action = action.or(e.getKey());
                }
            }
        }
        return action;
    }
}
