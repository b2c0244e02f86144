package org.vigie.intake;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.reference.ReferenceFactory;
import org.javarosa.core.reference.Reference;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;

/**
 * The XForm as ODK Collect's form engine, JavaRosa, runs it: loaded with its CSV media where Collect keeps
 * them ({@code jr://file-csv/}: JavaRosa tells a CSV by that name in the file's path), stepped question by question as a monitor swipes, answered, serialised.
 */
public final class JavaRosaForm {
    private final FormDef form;
    private final FormEntryModel model;
    private final FormEntryController controller;

    public JavaRosaForm(byte[] xml, Path media, String language) throws Exception {
        ReferenceManager.instance().reset();
        ReferenceManager.instance().addReferenceFactory(new ReferenceFactory() {
            private static final String ROOT = "jr://file-csv/";

            @Override
            public boolean derives(String uri) {
                return uri.startsWith(ROOT);
            }

            @Override
            public Reference derive(String uri) {
                return new FileReference(media.resolve("file-csv").resolve(uri.substring(ROOT.length())), uri);
            }

            @Override
            public Reference derive(String uri, String context) {
                return derive(uri);
            }
        });
        this.form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml));
        form.getLocalizer().setLocale(language);
        form.initialize(true, new InstanceInitializationFactory());
        this.model = new FormEntryModel(form);
        this.controller = new FormEntryController(model);
    }

    FormDef form() {
        return form;
    }

    /** The next question, stepping over groups; adding a repeat when {@code addRepeat} says so; null at the end. */
    FormEntryPrompt next(java.util.function.BooleanSupplier addRepeat) {
        while (true) {
            int event = controller.stepToNextEvent();
            if (event == FormEntryController.EVENT_END_OF_FORM) {
                return null;
            }
            if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT && addRepeat.getAsBoolean()) {
                controller.newRepeat();
            } else if (event == FormEntryController.EVENT_QUESTION) {
                return model.getQuestionPrompt();
            }
        }
    }

    int answer(FormEntryPrompt prompt, IAnswerData data) {
        return controller.answerQuestion(prompt.getIndex(), data, true);
    }

    static String name(FormEntryPrompt prompt) {
        return prompt.getIndex().getReference().getNameLast();
    }

    /** The choice of this value among those the prompt offers now (an itemset filtered by the cascade included). */
    static SelectOneData one(FormEntryPrompt prompt, String value) {
        return new SelectOneData(choice(prompt, value).selection());
    }

    static SelectMultiData many(FormEntryPrompt prompt, String... values) {
        List<Selection> s = new ArrayList<>();
        for (String v : values) {
            s.add(choice(prompt, v).selection());
        }
        return new SelectMultiData(s);
    }

    static SelectChoice choice(FormEntryPrompt prompt, String value) {
        return prompt.getSelectChoices().stream().filter(c -> c.getValue().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " is not offered for " + name(prompt)));
    }

    /** Finalises as Collect does (end time, post-processing) and serialises the instance. */
    byte[] finish() throws IOException {
        form.postProcessInstance();
        return new XFormSerializingVisitor().serializeInstance(form.getInstance());
    }

    public String instanceId() {
        return form.getMainInstance().getRoot().getChildrenWithName("meta").get(0).getChildrenWithName("instanceID").get(0)
                .getValue().getDisplayText();
    }

    /** A file Collect keeps beside the form. */
    private record FileReference(Path file, String uri) implements Reference {
        @Override
        public boolean doesBinaryExist() {
            return Files.exists(file);
        }

        @Override
        public InputStream getStream() throws IOException {
            return new FileInputStream(file.toFile());
        }

        @Override
        public String getURI() {
            return uri;
        }

        @Override
        public String getLocalURI() {
            return file.toString();
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Reference[] probeAlternativeReferences() {
            return new Reference[0];
        }
    }
}
