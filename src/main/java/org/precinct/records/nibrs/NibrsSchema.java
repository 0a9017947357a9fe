package org.precinct.records.nibrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The NIBRS 2019.1 schema, read once from the copies of the IEPD's schema files on the class path
 * ({@code nibrs/}), and validation of documents against it with the JDK's validator.
 *
 * <p>Schema imports are resolved only inside that folder: nothing is fetched from elsewhere.
 */
public final class NibrsSchema {

    private static final String ROOT = "nibrs/";
    private static final String MAIN = ROOT + "nibrs/2019/nibrs.xsd";

    private static volatile Schema schema;

    private NibrsSchema() {}

    /**
     * Validates a document against the schema.
     *
     * @throws SAXException with the validator's first complaint when the document is not valid
     */
    public static void validate(String xml) throws SAXException {
        Validator validator = schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new IllegalStateException("A document in memory could not be read", e);
        }
    }

    /** The compiled schema. */
    public static Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (NibrsSchema.class) {
                loaded = schema;
                if (loaded == null) {
                    loaded = load();
                    schema = loaded;
                }
            }
        }
        return loaded;
    }

    private static Schema load() {
        URL main = NibrsSchema.class.getClassLoader().getResource(MAIN);
        if (main == null) {
            throw new IllegalStateException("The NIBRS schema files are missing from the class path: " + MAIN);
        }
        String address = main.toString();
        String root = address.substring(0, address.length() - (MAIN.length() - ROOT.length()));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new InsideFolder(root));
        try {
            return factory.newSchema(new StreamSource(main.openStream(), main.toString()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The NIBRS schema could not be read", e);
        }
    }

    /** Resolves a schema's imports against the importing file, refusing anything outside the schema folder. */
    private static final class InsideFolder implements LSResourceResolver {

        private final String root;

        InsideFolder(String root) {
            this.root = root;
        }

        @Override
        public LSInput resolveResource(
                String type, String namespaceUri, String publicId, String systemId, String baseUri) {
            if (systemId == null || baseUri == null) {
                return null;
            }
            String resolved = resolve(baseUri, systemId);
            if (!resolved.startsWith(root)) {
                throw new IllegalStateException("The NIBRS schema refers outside its folder: " + systemId);
            }
            try {
                return new SchemaInput(publicId, resolved, new URL(resolved).openStream());
            } catch (IOException e) {
                throw new IllegalStateException("The NIBRS schema file " + resolved + " could not be read", e);
            }
        }

        /**
         * Resolves a relative location by hand: {@code java.net.URI} cannot resolve against the opaque
         * {@code jar:} addresses of a packaged application.
         */
        private static String resolve(String base, String relative) {
            try {
                if (new URI(relative).isAbsolute()) {
                    return relative;
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Not a schema location: " + relative, e);
            }
            String folder = base.substring(0, base.lastIndexOf('/') + 1);
            StringBuilder path = new StringBuilder(folder);
            for (String part : relative.split("/")) {
                if (part.equals("..")) {
                    int end = path.length() - 1;
                    int previous = path.lastIndexOf("/", end - 1);
                    path.setLength(previous + 1);
                } else if (!part.equals(".") && !part.isEmpty()) {
                    path.append(part).append('/');
                }
            }
            path.setLength(path.length() - 1);
            return path.toString();
        }
    }

    /** A schema file found by the resolver. */
    private static final class SchemaInput implements LSInput {

        private final String publicId;
        private final String systemId;
        private final InputStream stream;

        SchemaInput(String publicId, String systemId, InputStream stream) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.stream = stream;
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String baseUri) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
