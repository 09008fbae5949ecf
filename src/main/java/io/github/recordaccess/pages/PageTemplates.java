package io.github.recordaccess.pages;

import io.github.recordaccess.read.Words;
import io.github.recordaccess.security.ScopeGuard;
import io.github.recordaccess.security.SignOutTokens;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The pages' Qute engine, built here from qute-core (see the pom for why not the quarkus-qute extension): templates
 * from {@code templates/} on the class path, HTML-escaped output, strict rendering (a misspelt name fails the page
 * instead of printing nothing), and the labels of {@link Labels} as {@code label} and {@code tagClass}. Every page also
 * gets {@code user}, who is signed in ({@link SignedInUser}), {@code signOutToken} for the header's sign-out form
 * ({@link SignOutTokens}), {@code headerSearch}: whether the header offers the patient search, and
 * {@code giveAccessCaveat}, the guidance's duty beside every "Give access". Words and display formats: {@link
 * WordResolvers}.
 */
@ApplicationScoped
public class PageTemplates {

    private final Engine engine = engine();

    private static Engine engine() {
        EngineBuilder builder = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver());
        WordResolvers.all().forEach(builder::addValueResolver);
        return builder.addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(PageTemplates::locate)
                .strictRendering(true)
                .removeStandaloneLines(true)
                .build();
    }

    private final SecurityIdentity identity;
    private final SignOutTokens signOutTokens;
    private final ScopeGuard scope;

    public PageTemplates(SecurityIdentity identity, SignOutTokens signOutTokens, ScopeGuard scope) {
        this.identity = identity;
        this.signOutTokens = signOutTokens;
        this.scope = scope;
    }

    /**
     * Renders the template with one data item, {@code user} and {@code signOutToken}; the header's patient search for
     * those who may read some patient.
     */
    String render(String template, String name, Object value) {
        return withUser(template(template), scope.scope().mayReadSomePatients())
                .data(name, value)
                .render();
    }

    /** Renders a template that needs no data but {@code user} and {@code signOutToken}, without the header's search. */
    String render(String template) {
        return withUser(template(template), false).render();
    }

    /**
     * Who is signed in, for the header, the token its forms carry (empty for nobody), and whether the header offers
     * the patient search ({@code headerSearch}).
     */
    private TemplateInstance withUser(Template template, boolean headerSearch) {
        return template.data("user", SignedInUser.of(identity))
                .data("signOutToken", signOutTokens.formToken(identity))
                .data("headerSearch", headerSearch)
                // Beside every "Give access" a page shows (Words.GIVE_ACCESS_CAVEAT).
                .data("giveAccessCaveat", Words.GIVE_ACCESS_CAVEAT);
    }

    private Template template(String template) {
        Template found = engine.getTemplate(template);
        if (found == null) {
            throw new IllegalStateException("No template " + template);
        }
        return found;
    }

    private static Optional<TemplateLocation> locate(String id) {
        URL url = PageTemplates.class.getClassLoader().getResource("templates/" + id + ".html");
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
            }
        });
    }
}
