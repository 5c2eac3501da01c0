package dev.avalanche.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an http URL ({@code http://127.0.0.1:8000/view}), saying what is wrong with one that is not. */
final class UrlConverter implements ITypeConverter<URI> {

    private static final String ALLOWED = "allowed an http URL such as http://127.0.0.1:8000/view";

    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
            throw new TypeConversionException("got " + value + " (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + where
                    + "); " + ALLOWED);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new TypeConversionException("got " + value + " (" + (uri.getScheme() == null ? "no scheme such as http://"
                    : "no host") + "); " + ALLOWED);
        }
        return uri;
    }
}
