package org.vigie.observatory.vocabulary;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.imports.AcledSubEventType;
import org.vigie.security.Role;
import org.vigie.web.Http;
import org.vigie.web.Router;
import org.vigie.web.Routes;
import org.vigie.web.Views;

/** The page where administrators add terms to the vocabulary and delete those they added and nobody uses. */
public final class VocabularyRoutes implements Routes {
    private final VocabularyTerms terms;
    private final Views views;

    public VocabularyRoutes(VocabularyTerms terms, Views views) {
        this.terms = terms;
        this.views = views;
    }

    @Override
    public void register(Router r) {
        r.get("/admin/vocabulary", ctx -> show(ctx, null, null), Role.ADMINISTRATOR);
        r.post("/admin/vocabulary", this::add, Role.ADMINISTRATOR);
        r.post("/admin/vocabulary/{code}/delete", this::delete, Role.ADMINISTRATOR);
    }

    private void show(Context ctx, String notice, InvalidInput refusal) {
        // A refused term is shown again as typed.
        java.util.Map<String, List<String>> typed = refusal == null ? java.util.Map.of() : ctx.formParamMap();
        views.render(ctx, "observatory/vocabulary.jte", "terms", terms.added(), "vocabulary", terms.current(),
                "violations", List.of(GraveViolation.values()), "acled", List.of(AcledSubEventType.values()),
                "notice", notice,
                "errors", Http.page(ctx).errors(refusal), "typed", typed);
    }

    private void add(Context ctx) {
        attempt(ctx, () -> {
            NewTerm req = new NewTerm(listCode(ctx.formParam("term_list")), ctx.formParam("term_parent"),
                    ctx.formParam("term_english"), ctx.formParam("term_french"),
                    violations(ctx.formParams("term_grave")), acled(ctx.formParams("term_acled")));
            ExtensionTerm t = terms.add(Http.user(ctx), Http.ip(ctx), req);
            return Http.page(ctx).t("vocabulary.added", t.code());
        });
    }

    private void delete(Context ctx) {
        attempt(ctx, () -> {
            String code = ctx.pathParam("code");
            terms.delete(Http.user(ctx), Http.ip(ctx), code);
            return Http.page(ctx).t("vocabulary.deleted", code);
        });
    }

    private void attempt(Context ctx, java.util.function.Supplier<String> change) {
        try {
            show(ctx, change.get(), null);
        } catch (InvalidInput e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            show(ctx, null, e);
        }
    }

    private static int listCode(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("term_list", "error.required");
        }
    }

    private static Set<GraveViolation> violations(List<String> names) {
        Set<GraveViolation> out = EnumSet.noneOf(GraveViolation.class);
        for (String name : names) {
            try {
                out.add(GraveViolation.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("term_grave", "observatory.vocabulary.unknown_choice", name);
            }
        }
        return out;
    }

    private static Set<AcledSubEventType> acled(List<String> names) {
        Set<AcledSubEventType> out = EnumSet.noneOf(AcledSubEventType.class);
        for (String name : names) {
            try {
                out.add(AcledSubEventType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("term_acled", "observatory.vocabulary.unknown_choice", name);
            }
        }
        return out;
    }
}
